package org.pledgewatch.extraction.reading.domain;

import java.util.List;

/**
 * A document that parties signed, adopted or ratified.
 *
 * @param type     agreement, declaration, memorandum, protocol, roadmap, plan, decision or contract
 * @param action   signed, adopted or ratified
 * @param date     ISO date of the action, as precise as the text allows ("2025-08-21" or "2025-08")
 * @param place    English exonym of the city
 * @param signedOn for a ratification, when the ratified document was signed
 */
public record Agreement(
        String type,
        String title,
        List<String> parties,
        String action,
        String date,
        String place,
        String signedOn,
        Span evidence,
        double confidence) {
}
