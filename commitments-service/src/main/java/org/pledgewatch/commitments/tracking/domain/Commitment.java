package org.pledgewatch.commitments.tracking.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.domain.PledgeFact;

/**
 * One promise, however many articles restated it, with its place in the lineage of revised targets and its
 * current assessment.
 *
 * @param statements  every report of this pledge, oldest first
 * @param supersedes  the commitment this one revised, if any
 * @param supersededBy the commitment that revised this one, if any
 */
public record Commitment(
        String id,
        String metric,
        Parties parties,
        String sector,
        String unit,
        BigDecimal target,
        BigDecimal targetFactor,
        Integer deadlineYear,
        List<PledgeFact> statements,
        Revision supersedes,
        Revision supersededBy,
        Assessment assessment) {

    public LocalDate firstStatedOn() {
        return statements.get(0).statedOn();
    }

    public LocalDate lastStatedOn() {
        return statements.get(statements.size() - 1).statedOn();
    }

    public Status status() {
        return assessment.status();
    }

    /**
     * A link in the lineage: which commitment, when the revision was first stated, and how the target changed.
     */
    public record Revision(String commitmentId, LocalDate on, BigDecimal previousTarget, BigDecimal newTarget,
            Integer previousDeadline, Integer newDeadline) {

        public BigDecimal difference() {
            return previousTarget == null || newTarget == null ? null : newTarget.subtract(previousTarget);
        }
    }
}
