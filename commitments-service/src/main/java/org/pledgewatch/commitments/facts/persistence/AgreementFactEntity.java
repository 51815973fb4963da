package org.pledgewatch.commitments.facts.persistence;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "agreement_fact")
public class AgreementFactEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "article_id")
    public UUID articleId;

    public String type;

    public String title;

    public String parties;

    public String action;

    public String date;

    public String place;

    @Column(name = "signed_on")
    public String signedOn;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public double confidence;

    public String quote;

    @Column(name = "quote_start")
    public Integer quoteStart;

    @Column(name = "quote_end")
    public Integer quoteEnd;
}
