package org.pledgewatch.extraction.reading.domain.lexicon;

/** A term found in the folded text at [start, end). */
public record Mention(int start, int end, Term term) {

    public TermKind kind() {
        return term.kind();
    }

    public String value() {
        return term.value();
    }

    public boolean is(TermKind kind) {
        return term.kind() == kind;
    }

    public boolean is(TermKind kind, String value) {
        return term.is(kind, value);
    }
}
