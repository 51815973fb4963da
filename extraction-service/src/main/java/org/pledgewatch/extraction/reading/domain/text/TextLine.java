package org.pledgewatch.extraction.reading.domain.text;

/** One line of the normalized text (a paragraph, heading or caption), as folded offsets [start, end). */
public record TextLine(int index, int start, int end) {
}
