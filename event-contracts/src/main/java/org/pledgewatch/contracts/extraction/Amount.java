package org.pledgewatch.contracts.extraction;

import java.math.BigDecimal;

/** A value in units of {@code unit}: an ISO 4217 currency code, or {@code %}. */
public record Amount(BigDecimal value, String unit) {
}
