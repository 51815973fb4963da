package org.pledgewatch.commitments.facts.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pledgewatch.commitments.agreements.application.AgreementRefresh;
import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.tracking.application.CommitmentRefresh;
import org.pledgewatch.jdbc.Jdbc;

/** Recomputes groups of commitments and agreements from their facts, in the caller's transaction. */
@ApplicationScoped
public class GroupRecomputation {

    private static final String LOCK = "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest(?::text[]) AS k";

    private final CommitmentRefresh commitments;
    private final AgreementRefresh agreements;
    private final Jdbc jdbc;

    GroupRecomputation(CommitmentRefresh commitments, AgreementRefresh agreements, Jdbc jdbc) {
        this.commitments = commitments;
        this.agreements = agreements;
        this.jdbc = jdbc;
    }

    /** {@code traceOfGroup}: the trace each group's status-change events continue (the input that touched it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(Collection<GroupKey> commitmentGroups, Collection<Parties> agreementGroups,
            Map<GroupKey, String> traceOfGroup) {
        lock(commitmentGroups, agreementGroups);
        recomputeLocked(commitmentGroups, agreementGroups, traceOfGroup);
    }

    /** As {@link #recompute}, for groups this transaction has already locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeLocked(Collection<GroupKey> commitmentGroups, Collection<Parties> agreementGroups,
            Map<GroupKey, String> traceOfGroup) {
        commitments.refresh(commitmentGroups, traceOfGroup);
        agreements.refresh(agreementGroups);
    }

    /**
     * Serialises recomputation per group across threads and replicas: whoever recomputes a group second sees the
     * first one's committed facts and rows. Locks are taken in one global order, in one statement, so two
     * transactions never wait for each other in a cycle.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<GroupKey> commitmentGroups, Collection<Parties> agreementGroups) {
        TreeSet<String> keys = new TreeSet<>();
        commitmentGroups.forEach(g -> keys.add("commitments|" + g.metric() + "|" + g.parties().key()));
        agreementGroups.forEach(p -> keys.add("agreements|" + p.key()));
        if (!keys.isEmpty()) {
            jdbc.query(LOCK, List.of(Jdbc.ArrayParameter.text(keys)), 1, row -> {
            });
        }
    }
}
