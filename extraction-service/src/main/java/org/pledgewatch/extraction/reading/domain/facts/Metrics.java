package org.pledgewatch.extraction.reading.domain.facts;

import java.util.Set;

/** Facts about metric names that the grammar relies on. */
final class Metrics {

    static final String TRADE = "trade_turnover";
    static final String INVESTMENT = "investment";

    /** Figures about one country, not between two. */
    private static final Set<String> NATIONAL = Set.of("gdp", "foreign_trade", "budget", "population", "cost",
            "value");

    private Metrics() {
    }

    static boolean isNational(String metric) {
        return NATIONAL.contains(metric);
    }

    /** The metric of a growth rate of {@code level}: trade_growth, gdp_growth, investment_growth. */
    static String growthOf(String level) {
        return switch (level) {
            case TRADE -> "trade_growth";
            default -> level + "_growth";
        };
    }
}
