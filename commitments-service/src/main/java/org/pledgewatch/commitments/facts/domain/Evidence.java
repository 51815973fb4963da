package org.pledgewatch.commitments.facts.domain;

/** Where a fact was read: the article, and the quote with its offsets in the article body. */
public record Evidence(String articleId, String articleUrl, String articleTitle, String quote, int start, int end) {
}
