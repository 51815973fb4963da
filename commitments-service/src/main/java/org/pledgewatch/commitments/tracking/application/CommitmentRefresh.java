package org.pledgewatch.commitments.tracking.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.PledgeFact;
import org.pledgewatch.commitments.facts.persistence.FactStore;
import org.pledgewatch.commitments.figures.domain.FigureSeries;
import org.pledgewatch.commitments.tracking.domain.Assessment;
import org.pledgewatch.commitments.tracking.domain.Commitment;
import org.pledgewatch.commitments.tracking.domain.CommitmentTracker;
import org.pledgewatch.commitments.tracking.messaging.StatusChangeEvents;
import org.pledgewatch.commitments.tracking.persistence.CommitmentEntity;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRepository;
import org.pledgewatch.commitments.tracking.persistence.StatusHistory;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.outbox.Outbox;

/**
 * Recomputes the commitments of some groups from their facts, in the caller's transaction, and records every
 * status change (history row and status-changed event, together with the state).
 */
@ApplicationScoped
public class CommitmentRefresh {

    /** Published when a re-extraction removes every statement of a commitment. */
    public static final String REMOVED = "REMOVED";

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
        for (GroupKey group : groups) {
            List<Commitment> computed = track(group, today);
            Map<UUID, CommitmentEntity> stored = new HashMap<>();
            commitments.inGroup(group).forEach(entity -> stored.put(entity.id, entity));
            for (Commitment commitment : computed) {
                CommitmentEntity entity = stored.remove(UUID.fromString(commitment.id()));
                String previous = entity == null ? null : entity.status;
                if (entity == null) {
                    entity = new CommitmentEntity();
                    entity.id = UUID.fromString(commitment.id());
                }
                copy(commitment, entity);
                commitments.persist(entity);
                if (!Objects.equals(previous, entity.status)) {
                    recordChange(entity, previous, entity.status, entity.statusReason, now, traceOfGroup.get(group));
                }
            }
            for (CommitmentEntity gone : stored.values()) {
                recordChange(gone, gone.status, REMOVED, "no article states this target any more", now,
                        traceOfGroup.get(group));
                commitments.delete(gone);
            }
        }
    }

    /** The commitments of one group as they stand today: also what the detail view shows. */
    public List<Commitment> track(GroupKey group, LocalDate today) {
        return CommitmentTracker.track(facts.pledges(group), FigureSeries.of(facts.observations(group)), today);
    }

    private void recordChange(CommitmentEntity commitment, String previous, String status, String reason, Instant at,
            String traceParent) {
        int sequence = history.record(commitment.id, previous, status, reason, at);
        outbox.enqueueAll(Topics.COMMITMENT_STATUS_CHANGED,
                List.of(StatusChangeEvents.of(commitment, previous, status, reason, sequence, at)), traceParent);
    }

    private static void copy(Commitment c, CommitmentEntity e) {
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
