package org.pledgewatch.extraction.reading.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure the article reports.
 *
 * @param period    a year ("2024"), an ISO interval ("2025-01/2025-09"), "2005/.." for a cumulative figure since
 *                  a year, or null
 * @param kind      "actual" or "forecast"
 * @param qualifier "approx", "more_than", "less_than" or null
 */
public record Observation(
        String metric,
        List<String> parties,
        BigDecimal value,
        String unit,
        String period,
        String kind,
        String qualifier,
        String sector,
        Span evidence,
        double confidence) {
}
