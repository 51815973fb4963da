package org.pledgewatch.extraction.reading.domain.text;

/** A page line that is not article text, recognized by how it starts (folded). */
public record LineRule(String foldedStart, Effect effect) {

    public enum Effect {
        /** Drop the line. */
        LINE,
        /** Drop the line and everything after it: a footer. */
        REST,
        /**
         * Drop the line and the headlines of other articles that follow it: "À lire aussi" and one headline, or
         * "Lire aussi :" alone and a list of them.
         */
        RELATED,
        /** Drop the line when it is a short "By Name" credit. */
        BYLINE
    }
}
