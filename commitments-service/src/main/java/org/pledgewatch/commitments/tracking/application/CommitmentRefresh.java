package org.pledgewatch.commitments.tracking.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.ObservationFact;
import org.pledgewatch.commitments.facts.domain.PledgeFact;
import org.pledgewatch.commitments.facts.domain.Rounds;
import org.pledgewatch.commitments.facts.persistence.FactStore;
import org.pledgewatch.commitments.figures.domain.FigureSeries;
import org.pledgewatch.commitments.tracking.domain.Assessment;
import org.pledgewatch.commitments.tracking.domain.Commitment;
import org.pledgewatch.commitments.tracking.domain.CommitmentTracker;
import org.pledgewatch.commitments.tracking.messaging.StatusChangeEvents;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRepository;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRow;
import org.pledgewatch.commitments.tracking.persistence.StatusChangeRow;
import org.pledgewatch.commitments.tracking.persistence.StatusHistory;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.commitment.CommitmentStatusChangedV1;
import org.pledgewatch.outbox.Outbox;

/**
 * Recomputes the commitments of some groups from their facts, in the caller's transaction, and records every
 * status change (history row and status-changed event, together with the state).
 */
@ApplicationScoped
public class CommitmentRefresh {

    /** Published when a re-extraction removes every statement of a commitment. */
    public static final String REMOVED = "REMOVED";

    /** Groups recomputed per round of queries, and facts held in memory at once (unless one group holds more). */
    private static final int GROUPS_AT_ONCE = 64;
    private static final int FACTS_AT_ONCE = 4000;

    private final FactStore facts;
    private final CommitmentRepository commitments;
    private final StatusHistory history;
    private final Outbox outbox;
    private final Clock clock;

    CommitmentRefresh(FactStore facts, CommitmentRepository commitments, StatusHistory history, Outbox outbox,
            Clock clock) {
        this.facts = facts;
        this.commitments = commitments;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@code traceOfGroup}: the trace each group's status-change events continue (the input that touched it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<GroupKey> groups, Map<GroupKey, String> traceOfGroup) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<GroupKey> all = List.copyOf(groups);
        for (List<GroupKey> round : Rounds.of(all, facts.factCounts(all), FACTS_AT_ONCE, GROUPS_AT_ONCE)) {
            refreshChunk(round, traceOfGroup, today, now);
        }
    }

    /**
     * A chunk of groups with a few queries in all (their facts, the fingerprints and statuses of their stored
     * commitments, the last history sequence of each commitment whose status changed) rather than a few per group;
     * chunked so that the facts in memory at once stay bounded. Only rows whose fingerprint changed are written.
     */
    private void refreshChunk(List<GroupKey> groups, Map<GroupKey, String> traceOfGroup, LocalDate today,
            Instant now) {
        Map<GroupKey, List<PledgeFact>> pledges = facts.pledges(groups);
        Map<GroupKey, List<ObservationFact>> observations = facts.observationsToTrack(groups);
        Map<GroupKey, List<CommitmentRepository.Stored>> storedByGroup = commitments.storedInGroups(groups);
        List<CommitmentRow> changed = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Set<UUID> gone = new HashSet<>();
        Map<UUID, String> traceOfGone = new HashMap<>();
        for (GroupKey group : groups) {
            String trace = traceOfGroup.get(group);
            Map<UUID, CommitmentRepository.Stored> stored = new HashMap<>();
            storedByGroup.get(group).forEach(row -> stored.put(row.id(), row));
            for (Commitment commitment : CommitmentTracker.track(pledges.get(group),
                    FigureSeries.of(observations.get(group)), today)) {
                CommitmentRow row = new CommitmentRow();
                row.id = UUID.fromString(commitment.id());
                copy(commitment, row);
                row.fingerprint = CommitmentRepository.fingerprint(row);
                CommitmentRepository.Stored before = stored.remove(row.id);
                if (before == null || !row.fingerprint.equals(before.fingerprint())) {
                    changed.add(row);
                }
                String previous = before == null ? null : before.status();
                if (!Objects.equals(previous, row.status)) {
                    changes.add(new Change(row, previous, row.status, row.statusReason, trace));
                }
            }
            stored.keySet().forEach(id -> traceOfGone.put(id, trace));
            gone.addAll(stored.keySet());
        }
        commitments.writeAll(changed);
        for (CommitmentRow removed : commitments.deleteAll(gone)) {
            changes.add(new Change(removed, removed.status, REMOVED, "no article states this target any more",
                    traceOfGone.get(removed.id)));
        }
        record(changes, now);
    }

    /** A status change, numbered and written with the others of its chunk once all are known. */
    private record Change(CommitmentRow commitment, String previous, String status, String reason, String trace) {
    }

    /** Numbers each change after its commitment's history, then appends the history and queues the events. */
    private void record(List<Change> changes, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        Map<UUID, Integer> lastSequence = new HashMap<>(history.lastSequences(
                changes.stream().map(change -> change.commitment().id).collect(Collectors.toSet())));
        List<StatusChangeRow> rows = new ArrayList<>();
        List<CommitmentStatusChangedV1> events = new ArrayList<>();
        List<String> traces = new ArrayList<>();
        for (Change change : changes) {
            CommitmentRow commitment = change.commitment();
            int sequence = lastSequence.merge(commitment.id, 1, Integer::sum);
            rows.add(new StatusChangeRow(commitment.id, sequence, change.previous(), change.status(),
                    change.reason(), at));
            events.add(StatusChangeEvents.of(commitment, change.previous(), change.status(), change.reason(), sequence,
                    at));
            traces.add(change.trace());
        }
        history.appendAll(rows);
        outbox.enqueueEach(Topics.COMMITMENT_STATUS_CHANGED, events, traces);
    }

    /** The commitments of one group as they stand today: also what the detail view shows. */
    public List<Commitment> track(GroupKey group, LocalDate today) {
        return CommitmentTracker.track(facts.pledges(group), FigureSeries.of(facts.observations(group)), today);
    }

    private static void copy(Commitment c, CommitmentRow e) {
        Assessment a = c.assessment();
        e.metric = c.metric();
        e.parties = c.parties().key();
        e.sector = c.sector();
        e.unit = c.unit();
        e.targetValue = a.target() != null ? a.target() : c.target();
        e.targetFactor = c.targetFactor();
        e.deadlineYear = c.deadlineYear();
        e.status = a.status().name();
        e.statusReason = a.reason();
        e.firstStatedOn = c.firstStatedOn();
        e.lastStatedOn = c.lastStatedOn();
        e.sourceCount = (int) c.statements().stream().map(p -> p.evidence().articleId()).distinct().count();
        e.baselineValue = a.baseline() == null ? null : a.baseline().value();
        e.baselineYear = a.baseline() == null ? null : a.baseline().year();
        e.latestValue = a.latest() == null ? null : a.latest().value();
        e.latestYear = a.latest() == null ? null : a.latest().year();
        e.progress = a.progress();
        e.requiredGrowth = a.requiredGrowth();
        e.observedGrowth = a.observedGrowth();
        e.growthRatio = a.ratio();
        e.projectedYear = a.projectedYear();
        e.supersedes = c.supersedes() == null ? null : UUID.fromString(c.supersedes().commitmentId());
        e.supersededBy = c.supersededBy() == null ? null : UUID.fromString(c.supersededBy().commitmentId());
        e.supersededOn = c.supersededBy() == null ? null : c.supersededBy().on();
        e.searchText = searchText(c);
    }

    private static String searchText(Commitment c) {
        Set<String> words = new LinkedHashSet<>();
        words.add(c.metric().replace('_', ' '));
        words.add(c.parties().key().replace('-', ' '));
        for (PledgeFact statement : c.statements()) {
            if (statement.statedBy() != null) {
                words.add(statement.statedBy());
            }
            if (statement.evidence().quote() != null) {
                words.add(statement.evidence().quote());
            }
            if (statement.evidence().articleTitle() != null) {
                words.add(statement.evidence().articleTitle());
            }
        }
        return String.join(" \u2022 ", words).toLowerCase(Locale.ROOT);
    }
}
