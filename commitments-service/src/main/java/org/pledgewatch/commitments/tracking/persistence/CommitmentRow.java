package org.pledgewatch.commitments.tracking.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The current state of one commitment, derived from its group's facts; what lists and filters read. */
@Entity
@Table(name = "commitment")
public class CommitmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String metric;

    public String parties;

    public String sector;

    public String unit;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_factor")
    public BigDecimal targetFactor;

    @Column(name = "deadline_year")
    public Integer deadlineYear;

    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "first_stated_on")
    public LocalDate firstStatedOn;

    @Column(name = "last_stated_on")
    public LocalDate lastStatedOn;

    @Column(name = "source_count")
    public int sourceCount;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Column(name = "latest_value")
    public BigDecimal latestValue;

    @Column(name = "latest_year")
    public Integer latestYear;

    public BigDecimal progress;

    @Column(name = "required_growth")
    public Double requiredGrowth;

    @Column(name = "observed_growth")
    public Double observedGrowth;

    @Column(name = "growth_ratio")
    public Double growthRatio;

    @Column(name = "projected_year")
    public Integer projectedYear;

    public UUID supersedes;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "superseded_on")
    public LocalDate supersededOn;

    @Column(name = "search_text")
    public String searchText;

    /** {@link CommitmentRepository#fingerprint} of the other columns: recomputation rewrites the row when it differs. */
    public String fingerprint;
}
