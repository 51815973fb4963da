package org.pledgewatch.ingest.article.messaging;

/** A raw record that can never become an article; its message becomes the dead-letter reason. */
public class RejectedSubmission extends RuntimeException {

    public RejectedSubmission(String reason) {
        super(reason, null, false, false);
    }
}
