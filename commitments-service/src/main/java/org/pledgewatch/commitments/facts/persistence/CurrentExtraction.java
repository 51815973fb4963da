package org.pledgewatch.commitments.facts.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The extraction whose facts are current for one article. */
@Entity
@Table(name = "article_extraction")
public class ArticleExtractionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "article_url")
    public String articleUrl;

    @Column(name = "article_title")
    public String articleTitle;

    @Column(name = "article_source")
    public String articleSource;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String language;

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** When its facts were last reflected in commitments and agreements; null while that waits (see V3). */
    @Column(name = "tracked_at")
    public Instant trackedAt;
}
