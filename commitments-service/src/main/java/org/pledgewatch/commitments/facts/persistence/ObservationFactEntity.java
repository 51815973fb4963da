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
@Table(name = "observation_fact")
public class ObservationFactEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "article_id")
    public UUID articleId;

    public String metric;

    public String parties;

    public BigDecimal value;

    public String unit;

    public String period;

    public String kind;

    public String qualifier;

    public String sector;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public double confidence;

    public String quote;

    @Column(name = "quote_start")
    public Integer quoteStart;

    @Column(name = "quote_end")
    public Integer quoteEnd;
}
