package org.pledgewatch.contracts.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure the article reports.
 *
 * @param period    a year ({@code 2024}), an ISO interval ({@code 2025-01/2025-09}), {@code 2005/..} for a
 *                  cumulative figure since a year, or null
 * @param kind      {@code actual} or {@code forecast}
 * @param qualifier {@code approx}, {@code more_than}, {@code less_than} or null
 */
public record ObservationFinding(
        String id,
        String metric,
        List<String> parties,
        BigDecimal value,
        String unit,
        String period,
        String kind,
        String qualifier,
        String sector,
        Evidence evidence,
        double confidence) {
}
