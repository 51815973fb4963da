package org.pledgewatch.extraction.reading.domain.lexicon;

/**
 * One gazetteer entry.
 *
 * @param kind          what the term is
 * @param value         its meaning: an ISO code, a metric, a role, a number
 * @param extra         a second value where the file has one (a city's exonym, a leader's display name, a
 *                      currency's position)
 * @param caseSensitive match only when written with the same capitals
 * @param written       the term as written in the resource file
 */
public record Term(TermKind kind, String value, String extra, boolean caseSensitive, String written) {

    public boolean is(TermKind k, String v) {
        return kind == k && value.equals(v);
    }

    public double number() {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
