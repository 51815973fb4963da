package org.pledgewatch.commitments.facts.domain;

import java.time.LocalDate;

/**
 * One report of an agreement step (signed, adopted, ratified), as one article reported it.
 *
 * @param date      when the step happened, to the precision the article gave ({@code datePrecision})
 * @param signedOn  for a ratification, when the ratified document was signed
 */
public record AgreementFact(
        String id,
        String type,
        String title,
        Parties parties,
        Action action,
        PartialDate date,
        String place,
        PartialDate signedOn,
        LocalDate publishedOn,
        double confidence,
        Evidence evidence) {

    public enum Action {
        SIGNED, ADOPTED, RATIFIED;

        public static Action parse(String text) {
            if (text == null) {
                return SIGNED;
            }
            return switch (text.toLowerCase()) {
                case "ratified" -> RATIFIED;
                case "adopted" -> ADOPTED;
                default -> SIGNED;
            };
        }
    }
}
