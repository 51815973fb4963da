package org.pledgewatch.extraction.reading.domain.text;

/**
 * A sentence as folded offsets [start, end). {@code line} is the paragraph it belongs to; {@code heading} marks a
 * line without closing punctuation (a title, a subtitle, a caption).
 */
public record Sentence(int index, int start, int end, int line, boolean heading) {
}
