package org.pledgewatch.commitments.agreements.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pledgewatch.commitments.agreements.domain.AgreementLinker;
import org.pledgewatch.commitments.agreements.domain.AgreementStep;
import org.pledgewatch.commitments.agreements.domain.TrackedAgreement;
import org.pledgewatch.commitments.agreements.persistence.AgreementRepository;
import org.pledgewatch.commitments.agreements.persistence.AgreementRow;
import org.pledgewatch.commitments.facts.domain.AgreementFact;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.domain.Rounds;
import org.pledgewatch.commitments.facts.persistence.FactStore;

/** Re-links the agreements between some sets of parties from their facts, in the caller's transaction. */
@ApplicationScoped
public class AgreementRefresh {

    /** Sets of parties relinked per round of queries, and reports held in memory at once (unless one set has more). */
    private static final int GROUPS_AT_ONCE = 64;
    private static final int REPORTS_AT_ONCE = 4000;

    private final FactStore facts;
    private final AgreementRepository agreements;

    AgreementRefresh(FactStore facts, AgreementRepository agreements) {
        this.facts = facts;
        this.agreements = agreements;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<Parties> groups) {
        List<Parties> all = List.copyOf(groups);
        for (List<Parties> round : Rounds.of(all, facts.agreementCounts(all), REPORTS_AT_ONCE, GROUPS_AT_ONCE)) {
            refreshChunk(round);
        }
    }

    /**
     * A chunk of groups with two queries in all (their reports, the fingerprints of their stored agreements), not two
     * per group; only agreements whose fingerprint changed are written.
     */
    private void refreshChunk(List<Parties> groups) {
        Map<Parties, List<AgreementFact>> reports = facts.agreementsToLink(groups);
        Map<String, Map<UUID, String>> storedByParties = agreements.fingerprintsBetween(
                groups.stream().map(Parties::key).toList());
        List<AgreementRow> changed = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        for (Parties parties : groups) {
            Map<UUID, String> stored = new HashMap<>(storedByParties.getOrDefault(parties.key(), Map.of()));
            for (TrackedAgreement agreement : AgreementLinker.link(reports.get(parties))) {
                AgreementRow row = new AgreementRow();
                row.id = UUID.fromString(agreement.id());
                copy(agreement, row);
                row.fingerprint = AgreementRepository.fingerprint(row);
                if (!row.fingerprint.equals(stored.remove(row.id))) {
                    changed.add(row);
                }
            }
            gone.addAll(stored.keySet());
        }
        agreements.writeAll(changed);
        agreements.deleteAll(gone);
    }

    public List<TrackedAgreement> link(Parties parties) {
        return AgreementLinker.link(facts.agreements(parties));
    }

    private static void copy(TrackedAgreement a, AgreementRow e) {
        e.type = a.type();
        e.title = a.title();
        e.parties = a.parties().key();
        e.place = a.place();
        e.stage = a.stage().name();
        AgreementStep first = a.steps().get(0);
        e.firstDate = first.date().earliest();
        e.signedOn = first.action() != AgreementFact.Action.RATIFIED ? first.date().text() : null;
        e.ratifiedOn = a.steps().stream().filter(s -> s.action() == AgreementFact.Action.RATIFIED)
                .map(s -> s.date().text()).findFirst().orElse(null);
        e.sourceCount = a.sourceArticles().size();
    }
}
