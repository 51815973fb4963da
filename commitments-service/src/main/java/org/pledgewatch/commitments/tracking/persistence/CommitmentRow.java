package org.pledgewatch.commitments.tracking.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of table {@code commitment}: the current state of one commitment, derived from its group's facts; what lists
 * and filters read. Plain values, written and read by {@link CommitmentRepository}.
 */
public class CommitmentRow {

    public UUID id;

    public String metric;

    public String parties;

    public String sector;

    public String unit;

    public BigDecimal targetValue;

    public BigDecimal targetFactor;

    public Integer deadlineYear;

    public String status;

    public String statusReason;

    public LocalDate firstStatedOn;

    public LocalDate lastStatedOn;

    public int sourceCount;

    public BigDecimal baselineValue;

    public Integer baselineYear;

    public BigDecimal latestValue;

    public Integer latestYear;

    public BigDecimal progress;

    public Double requiredGrowth;

    public Double observedGrowth;

    public Double growthRatio;

    public Integer projectedYear;

    public UUID supersedes;

    public UUID supersededBy;

    public LocalDate supersededOn;

    public String searchText;

    /** {@link CommitmentRepository#fingerprint} of the other columns: recomputation rewrites the row when it differs. */
    public String fingerprint;
}
