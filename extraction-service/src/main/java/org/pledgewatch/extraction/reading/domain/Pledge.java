package org.pledgewatch.extraction.reading.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target that parties committed to. For a relative target ("double trade by 2030") {@code targetFactor} is
 * set, and {@code targetValue} too when the article gives the current level to multiply.
 *
 * @param parties  ISO 3166-1 alpha-2 codes, sorted
 * @param deadline a year ("2030"), an ISO interval for part of a year, or null
 */
public record Pledge(
        String metric,
        List<String> parties,
        BigDecimal targetValue,
        String targetUnit,
        BigDecimal targetFactor,
        String deadline,
        String statedBy,
        String statedOn,
        String sector,
        Span evidence,
        double confidence) {
}
