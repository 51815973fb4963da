package org.pledgewatch.ingest.article.domain;

/** How large the parts of an article may be. The body limit stays below Kafka's 1 MiB record limit. */
public record SubmissionLimits(int maxBodyBytes, int maxTitleChars, int maxUrlChars, int maxSourceChars) {

    public static SubmissionLimits withMaxBodyBytes(int maxBodyBytes) {
        return new SubmissionLimits(maxBodyBytes, 1_000, 2_048, 200);
    }
}
