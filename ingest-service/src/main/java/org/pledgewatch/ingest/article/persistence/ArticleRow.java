package org.pledgewatch.ingest.article.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public String body;

    public String url;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    public String source;

    public String language;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "received_via")
    public String receivedVia;

    @Column(name = "ingested_at")
    public Instant ingestedAt;
}
