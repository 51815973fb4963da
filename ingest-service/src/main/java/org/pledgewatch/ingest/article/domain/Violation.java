package org.pledgewatch.ingest.article.domain;

/** One reason an article was refused, tied to the field it concerns ({@code $} for the whole document). */
public record Violation(String field, String reason) {
}
