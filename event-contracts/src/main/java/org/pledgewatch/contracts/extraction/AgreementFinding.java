package org.pledgewatch.contracts.extraction;

import java.util.List;

/**
 * A document the parties signed, adopted or ratified.
 *
 * @param type     agreement, declaration, memorandum, protocol, roadmap, plan, decision or contract
 * @param action   signed, adopted or ratified
 * @param date     ISO date of the action, as precise as the text allows ({@code 2025-08-21} or {@code 2025-08})
 * @param place    English exonym of the city (Bichkek becomes Bishkek)
 * @param signedOn for a ratification, when the ratified document was signed
 */
public record AgreementFinding(
        String id,
        String type,
        String title,
        List<String> parties,
        String action,
        String date,
        String place,
        String signedOn,
        Evidence evidence,
        double confidence) {
}
