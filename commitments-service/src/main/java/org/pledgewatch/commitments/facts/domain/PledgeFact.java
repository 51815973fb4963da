package org.pledgewatch.commitments.facts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One statement of a target, as one article reported it. Restatements in other articles are other facts;
 * tracking merges them into one commitment.
 *
 * @param target       absent for a relative target the article did not resolve
 * @param deadlineYear the year by which the target is to be reached, when stated
 * @param statedOn     when it was said; the article's publication date when the text does not tell
 */
public record PledgeFact(
        String id,
        String metric,
        Parties parties,
        BigDecimal target,
        String unit,
        BigDecimal targetFactor,
        Integer deadlineYear,
        String statedBy,
        LocalDate statedOn,
        LocalDate publishedOn,
        String sector,
        double confidence,
        Evidence evidence) {
}
