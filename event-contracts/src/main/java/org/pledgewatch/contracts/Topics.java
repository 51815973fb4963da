package org.pledgewatch.contracts;

/** Kafka topic names, in one place so that producers, consumers, manifests and docs agree. */
public final class Topics {

    /** Raw articles that newsroom feeds publish; schema {@link org.pledgewatch.contracts.article.ArticleSubmission}. */
    public static final String ARTICLES_SUBMITTED = "articles.submitted";

    /** Articles accepted and stored by ingest-service; {@link org.pledgewatch.contracts.article.ArticleIngestedV1}. */
    public static final String ARTICLES_INGESTED = "articles.ingested";

    /** What extraction-service read in each article; {@link org.pledgewatch.contracts.extraction.ArticleExtractedV1}. */
    public static final String ARTICLES_EXTRACTED = "articles.extracted";

    /** Status changes of tracked commitments; {@link org.pledgewatch.contracts.commitment.CommitmentStatusChangedV1}. */
    public static final String COMMITMENT_STATUS_CHANGED = "commitments.status-changed";

    public static final String ARTICLES_SUBMITTED_DLQ = "articles.submitted.dlq";
    public static final String ARTICLES_INGESTED_DLQ = "articles.ingested.dlq";
    public static final String ARTICLES_EXTRACTED_DLQ = "articles.extracted.dlq";

    private Topics() {
    }
}
