package org.pledgewatch.contracts.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target the parties committed to. {@code target} is absent for a relative target the article could not
 * resolve ("double trade by 2030" without a current figure); {@code targetFactor} then holds the factor.
 *
 * @param parties  ISO 3166-1 alpha-2 codes, sorted
 * @param deadline a year ({@code 2030}), an ISO interval for part of a year, or null
 * @param statedOn ISO date of the statement, as precise as the text allows
 */
public record PledgeFinding(
        String id,
        String metric,
        List<String> parties,
        Amount target,
        BigDecimal targetFactor,
        String deadline,
        String statedBy,
        String statedOn,
        String sector,
        Evidence evidence,
        double confidence) {
}
