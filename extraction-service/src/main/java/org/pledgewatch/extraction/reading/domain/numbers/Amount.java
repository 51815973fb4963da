package org.pledgewatch.extraction.reading.domain.numbers;

import java.math.BigDecimal;

/**
 * A quantity the text states at folded [start, end): money, a percentage, or a scaled number whose currency is
 * left implicit ("contre 1,2 milliard en 2022").
 *
 * @param unit ISO 4217 code for money, "%" for a percentage, null for a scaled number without currency
 */
public record Amount(int start, int end, BigDecimal value, String unit, Kind kind, boolean spelledOut) {

    public enum Kind {
        MONEY,
        PERCENT,
        SCALED
    }

    public boolean isMoney() {
        return kind == Kind.MONEY;
    }

    public boolean isPercent() {
        return kind == Kind.PERCENT;
    }

    public Amount withCurrency(String currency) {
        return new Amount(start, end, value, currency, Kind.MONEY, spelledOut);
    }
}
