package org.pledgewatch.commitments.facts.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.pledgewatch.commitments.agreements.application.AgreementRefresh;
import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.persistence.ArticleExtractionEntity;
import org.pledgewatch.commitments.facts.persistence.FactStore;
import org.pledgewatch.commitments.tracking.application.CommitmentRefresh;

/**
 * Applies one article's extraction: in a single transaction, its facts replace the article's earlier ones, the
 * affected commitments and agreements are recomputed, and status changes are queued for publication. Applying
 * the same event again, or an older extraction after a newer one, changes nothing.
 */
@ApplicationScoped
public class ExtractionApplier {

    public enum Outcome {
        APPLIED, ALREADY_PROCESSED, STALE
    }

    private final FactStore facts;
    private final CommitmentRefresh commitments;
    private final AgreementRefresh agreements;
    private final EntityManager em;

    ExtractionApplier(FactStore facts, CommitmentRefresh commitments, AgreementRefresh agreements, EntityManager em) {
        this.facts = facts;
        this.commitments = commitments;
        this.agreements = agreements;
        this.em = em;
    }

    @Transactional
    public Outcome apply(ArticleFacts extraction) {
        if (facts.alreadyProcessed(extraction.eventId())) {
            return Outcome.ALREADY_PROCESSED;
        }
        ArticleExtractionEntity current = facts.currentExtraction(extraction.articleId()).orElse(null);
        if (current != null && !ArticleFacts.takesPrecedence(extraction.extractorVersion(), extraction.eventId(),
                current.extractorVersion, current.eventId)) {
            facts.markProcessed(extraction.eventId());
            return Outcome.STALE;
        }
        Set<GroupKey> commitmentGroups = new LinkedHashSet<>(facts.commitmentGroupsOf(extraction.articleId()));
        commitmentGroups.addAll(extraction.commitmentGroups());
        Set<Parties> agreementGroups = new LinkedHashSet<>(facts.agreementGroupsOf(extraction.articleId()));
        agreementGroups.addAll(extraction.agreementGroups());

        facts.replace(extraction);
        facts.markProcessed(extraction.eventId());
        lockGroups(commitmentGroups, agreementGroups);
        commitments.refresh(commitmentGroups);
        agreements.refresh(agreementGroups);
        return Outcome.APPLIED;
    }

    /** Recomputes everything: statuses depend on today's date, so this runs daily and on demand. */
    @Transactional
    public void refreshAll() {
        Set<GroupKey> commitmentGroups = facts.allCommitmentGroups();
        Set<Parties> agreementGroups = facts.allAgreementGroups();
        lockGroups(commitmentGroups, agreementGroups);
        commitments.refresh(commitmentGroups);
        agreements.refresh(agreementGroups);
    }

    /**
     * Serialises recomputation per group across consumers and replicas: whoever recomputes a group second
     * sees the first one's committed facts. Locks are taken in one global order, so two transactions never
     * wait for each other in a cycle.
     */
    private void lockGroups(Set<GroupKey> commitmentGroups, Set<Parties> agreementGroups) {
        TreeSet<String> keys = new TreeSet<>();
        commitmentGroups.forEach(g -> keys.add("commitments|" + g.metric() + "|" + g.parties().key()));
        agreementGroups.forEach(p -> keys.add("agreements|" + p.key()));
        List<String> ordered = new ArrayList<>(keys);
        for (String key : ordered) {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, key).getSingleResult();
        }
    }
}
