package org.pledgewatch.ingest.article.domain;

import java.util.UUID;

/** What became of one accepted submission: a new article, or a duplicate of an article already stored. */
public record IngestOutcome(UUID articleId, Status status) {

    public enum Status {
        CREATED, DUPLICATE
    }

    public boolean isNew() {
        return status == Status.CREATED;
    }
}
