package org.pledgewatch.extraction.reading.domain.text;

import org.pledgewatch.extraction.reading.domain.Span;

/**
 * The article as the grammars read it (folded, tags removed, whitespace collapsed) together with where each
 * of its characters came from, so that every finding quotes the original body.
 */
public final class NormalizedText {

    private final String original;
    private final String folded;
    private final int[] sourceStart;
    private final int[] sourceEnd;

    /** The source tables may be longer than {@code folded}: entries past its length are never read. */
    NormalizedText(String original, String folded, int[] sourceStart, int[] sourceEnd) {
        this.original = original;
        this.folded = folded;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    public String original() {
        return original;
    }

    /** The folded text: what grammars match against. */
    public String folded() {
        return folded;
    }

    public int length() {
        return folded.length();
    }

    public char charAt(int i) {
        return folded.charAt(i);
    }

    /** Index in the original body of the first source character of folded character {@code i}. */
    public int originalStart(int i) {
        return sourceStart[i];
    }

    /** Index in the original body just after the source of folded character {@code i}. */
    public int originalEnd(int i) {
        return sourceEnd[i];
    }

    /** The original text behind folded range [start, end), as evidence. */
    public Span span(int start, int end) {
        if (folded.isEmpty() || end <= start) {
            return new Span(0, 0, "");
        }
        int s = sourceStart[Math.max(0, Math.min(start, folded.length() - 1))];
        int e = sourceEnd[Math.max(0, Math.min(end - 1, folded.length() - 1))];
        if (e < s) {
            e = s;
        }
        return new Span(s, e, original.substring(s, e));
    }

    /** The original characters behind folded range [start, end). */
    public String originalText(int start, int end) {
        Span span = span(start, end);
        return span.quote();
    }

    /** True when the original character behind folded index {@code i} is an upper-case letter. */
    public boolean isUpperCaseInOriginal(int i) {
        if (i < 0 || i >= folded.length()) {
            return false;
        }
        int s = sourceStart[i];
        return s < original.length() && Character.isUpperCase(original.charAt(s));
    }
}
