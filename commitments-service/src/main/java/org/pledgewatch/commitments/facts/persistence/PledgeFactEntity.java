package org.pledgewatch.commitments.facts.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "pledge_fact")
public class PledgeFactEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "article_id")
    public UUID articleId;

    public String metric;

    public String parties;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_unit")
    public String targetUnit;

    @Column(name = "target_factor")
    public BigDecimal targetFactor;

    public String deadline;

    @Column(name = "deadline_year")
    public Integer deadlineYear;

    @Column(name = "stated_by")
    public String statedBy;

    @Column(name = "stated_on")
    public LocalDate statedOn;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String sector;

    public double confidence;

    public String quote;

    @Column(name = "quote_start")
    public Integer quoteStart;

    @Column(name = "quote_end")
    public Integer quoteEnd;
}
