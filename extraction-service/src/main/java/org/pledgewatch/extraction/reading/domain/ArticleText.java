package org.pledgewatch.extraction.reading.domain;

import java.time.LocalDate;

/**
 * What the reader is given: the article body (offsets in findings are indices into it), optionally its title,
 * its declared language (null: detect it) and its publication date (null: relative dates stay unresolved).
 */
public record ArticleText(String body, String title, String language, LocalDate publishedOn) {
}
