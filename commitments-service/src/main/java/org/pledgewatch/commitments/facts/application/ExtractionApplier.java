package org.pledgewatch.commitments.facts.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.persistence.CurrentExtraction;
import org.pledgewatch.commitments.facts.persistence.FactStore;
import org.pledgewatch.commitments.facts.persistence.RecomputationMarks;

/**
 * Applies extractions, a batch at a time, in one transaction: each article's facts replace its earlier ones. An
 * event applied before, or an older extraction than the one applied, changes nothing; the outcome depends only on
 * the set of events, not on their order or on how they were batched.
 *
 * <p>The groups of commitments and agreements the batch touched (those its articles' facts leave and those they
 * join) are then recomputed from their facts, and their status changes queued for publication with the state:
 * by default in the background ({@link BackgroundRecomputation}), the groups marked in this transaction; with
 * {@code pledgewatch.commitments.recompute-in-background=false}, here, before the batch commits (the naive
 * baseline of the benchmark, where a much-reported group is recomputed once per poll).
 */
@ApplicationScoped
public class ExtractionApplier {

    private final FactStore facts;
    private final GroupRecomputation recomputation;
    private final RecomputationMarks marks;
    private final Event<BackgroundRecomputation.GroupsMarked> marked;
    private final boolean inBackground;

    ExtractionApplier(FactStore facts, GroupRecomputation recomputation, RecomputationMarks marks,
            Event<BackgroundRecomputation.GroupsMarked> marked,
            @ConfigProperty(name = "pledgewatch.commitments.recompute-in-background") boolean inBackground) {
        this.facts = facts;
        this.recomputation = recomputation;
        this.marks = marks;
        this.marked = marked;
        this.inBackground = inBackground;
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
        Map<UUID, CurrentExtraction> current = facts.currentExtractions(newest.keySet());
        List<ArticleFacts> toApply = newest.values().stream()
                .filter(extraction -> supersedes(extraction, current.get(extraction.articleId())))
                .toList();
        if (inBackground) {
            replaceMarkingGroups(toApply);
        } else {
            replaceRecomputingGroups(toApply);
        }
        eventIds.removeAll(processed);
        facts.markProcessed(eventIds);
        return toApply.size();
    }

    private void replaceMarkingGroups(List<ArticleFacts> toApply) {
        Map<UUID, String> traceOfArticle = new LinkedHashMap<>();
        toApply.forEach(extraction -> traceOfArticle.put(extraction.articleId(), extraction.traceParent()));
        marks.markGroupsOf(traceOfArticle);
        facts.replaceAll(toApply, null);
        marks.markGroupsOf(traceOfArticle);
        // Articles whose facts belong to no group have nothing to wait for.
        marks.noteTrackedArticles(traceOfArticle.keySet());
        if (!toApply.isEmpty()) {
            marked.fire(new BackgroundRecomputation.GroupsMarked());
        }
    }

    private void replaceRecomputingGroups(List<ArticleFacts> toApply) {
        List<UUID> articles = toApply.stream().map(ArticleFacts::articleId).toList();
        Set<GroupKey> commitmentGroups = facts.commitmentGroupsOf(articles);
        Set<Parties> agreementGroups = facts.agreementGroupsOf(articles);
        Map<GroupKey, String> traceOfGroup = new HashMap<>();
        for (ArticleFacts extraction : toApply) {
            commitmentGroups.addAll(extraction.commitmentGroups());
            agreementGroups.addAll(extraction.agreementGroups());
            extraction.commitmentGroups().forEach(group -> traceOfGroup.put(group, extraction.traceParent()));
        }
        facts.replaceAll(toApply, Instant.now());
        recomputation.recompute(commitmentGroups, agreementGroups, traceOfGroup);
    }

    /** Recomputes everything: statuses depend on today's date, so this runs daily and on demand. */
    @Transactional
    public void refreshAll() {
        recomputation.recompute(facts.allCommitmentGroups(), facts.allAgreementGroups(), Map.of());
    }

    private static ArticleFacts precedent(ArticleFacts a, ArticleFacts b) {
        return ArticleFacts.takesPrecedence(b.extractorVersion(), b.eventId(), a.extractorVersion(), a.eventId()) ? b : a;
    }

    private static boolean supersedes(ArticleFacts extraction, CurrentExtraction current) {
        return current == null || ArticleFacts.takesPrecedence(extraction.extractorVersion(), extraction.eventId(),
                current.extractorVersion(), current.eventId());
    }
}
