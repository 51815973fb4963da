package org.pledgewatch.commitments.facts.application;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import org.pledgewatch.commitments.agreements.application.AgreementRefresh;
import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.persistence.ArticleExtractionEntity;
import org.pledgewatch.commitments.facts.persistence.FactStore;
import org.pledgewatch.commitments.tracking.application.CommitmentRefresh;

/**
 * Applies extractions, a batch at a time, in one transaction: each article's facts replace its earlier ones, then
 * every commitment and agreement group the batch touched is recomputed once, and status changes are queued for
 * publication with the state. An event applied before, or an older extraction than the one applied, changes
 * nothing; the outcome depends only on the set of events, not on their order or on how they were batched.
 */
@ApplicationScoped
public class ExtractionApplier {

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

    /** Returns how many articles' facts were replaced. */
    @Transactional
    public int applyAll(List<ArticleFacts> batch) {
        Set<UUID> eventIds = new LinkedHashSet<>();
        batch.forEach(extraction -> eventIds.add(extraction.eventId()));
        Set<UUID> processed = facts.processedAmong(eventIds);
        Map<UUID, ArticleFacts> newest = new LinkedHashMap<>();
        for (ArticleFacts extraction : batch) {
            if (!processed.contains(extraction.eventId())) {
                newest.merge(extraction.articleId(), extraction, ExtractionApplier::precedent);
            }
        }
        Map<UUID, ArticleExtractionEntity> current = facts.currentExtractions(newest.keySet());
        List<ArticleFacts> toApply = newest.values().stream()
                .filter(extraction -> supersedes(extraction, current.get(extraction.articleId())))
                .toList();
        List<UUID> articles = toApply.stream().map(ArticleFacts::articleId).toList();

        Set<GroupKey> commitmentGroups = facts.commitmentGroupsOf(articles);
        Set<Parties> agreementGroups = facts.agreementGroupsOf(articles);
        Map<GroupKey, String> traceOfGroup = new HashMap<>();
        for (ArticleFacts extraction : toApply) {
            commitmentGroups.addAll(extraction.commitmentGroups());
            agreementGroups.addAll(extraction.agreementGroups());
            extraction.commitmentGroups().forEach(group -> traceOfGroup.put(group, extraction.traceParent()));
        }

        facts.replaceAll(toApply);
        eventIds.removeAll(processed);
        facts.markProcessed(eventIds);
        lockGroups(commitmentGroups, agreementGroups);
        commitments.refresh(commitmentGroups, traceOfGroup);
        agreements.refresh(agreementGroups);
        return toApply.size();
    }

    /** Recomputes everything: statuses depend on today's date, so this runs daily and on demand. */
    @Transactional
    public void refreshAll() {
        Set<GroupKey> commitmentGroups = facts.allCommitmentGroups();
        Set<Parties> agreementGroups = facts.allAgreementGroups();
        lockGroups(commitmentGroups, agreementGroups);
        commitments.refresh(commitmentGroups, Map.of());
        agreements.refresh(agreementGroups);
    }

    private static ArticleFacts precedent(ArticleFacts a, ArticleFacts b) {
        return ArticleFacts.takesPrecedence(b.extractorVersion(), b.eventId(), a.extractorVersion(), a.eventId()) ? b : a;
    }

    private static boolean supersedes(ArticleFacts extraction, ArticleExtractionEntity current) {
        return current == null || ArticleFacts.takesPrecedence(extraction.extractorVersion(), extraction.eventId(),
                current.extractorVersion, current.eventId);
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
        if (keys.isEmpty()) {
            return;
        }
        // One statement for all the keys, taken in the array's (sorted) order: one round trip instead of one per
        // group, and plain JDBC, so no automatic flush of the session before it.
        String[] sorted = keys.toArray(String[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest(?::text[]) AS k")) {
                lock.setArray(1, connection.createArrayOf("text", sorted));
                lock.executeQuery().close();
            }
        });
    }
}
