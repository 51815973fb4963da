package org.pledgewatch.commitments.tracking.domain;

import java.math.BigDecimal;

/** Compound annual growth rates, the measure the UN SDG progress assessment uses. */
final class Growth {

    private Growth() {
    }

    /** The yearly rate that turns {@code from} into {@code to} in {@code years} years; null when undefined. */
    static Double compoundAnnualRate(BigDecimal from, BigDecimal to, int years) {
        if (from == null || to == null || years <= 0 || from.signum() <= 0 || to.signum() <= 0) {
            return null;
        }
        return Math.pow(to.doubleValue() / from.doubleValue(), 1.0 / years) - 1.0;
    }

    /** The first year in which {@code from} (in {@code year}), growing at {@code rate}, reaches {@code target}. */
    static Integer yearReaching(BigDecimal from, int year, double rate, BigDecimal target) {
        if (from == null || target == null || from.signum() <= 0 || rate <= 0) {
            return null;
        }
        double years = Math.log(target.doubleValue() / from.doubleValue()) / Math.log(1.0 + rate);
        if (years <= 0) {
            return year;
        }
        double rounded = Math.ceil(years - 1e-9);
        return rounded > 1000 ? null : year + (int) rounded;
    }
}
