package org.pledgewatch.contracts.article;

/**
 * An article as a newsroom sends it, over REST or as the JSON value of a record on
 * {@code articles.submitted}. Only {@code body} is required; {@code publishedAt} is an ISO-8601 date
 * ({@code 2025-08-25}) or date-time with offset ({@code 2025-08-25T09:30:00+06:00}).
 */
public record ArticleSubmission(
        String title,
        String body,
        String url,
        String source,
        String language,
        String publishedAt) {
}
