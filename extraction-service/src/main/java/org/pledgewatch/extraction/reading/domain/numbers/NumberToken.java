package org.pledgewatch.extraction.reading.domain.numbers;

import java.math.BigDecimal;

/**
 * A number written in digits at folded [start, end).
 *
 * @param plainInteger  only digits, no separator or decimals: a candidate year or day
 * @param attachedScale a scale written against it ("1.5bn"), or null
 * @param ordinal       written as an ordinal ("1er", "21st")
 */
public record NumberToken(int start, int end, BigDecimal value, boolean plainInteger, int digits,
        BigDecimal attachedScale, boolean ordinal) {

    public int intValue() {
        return value.intValue();
    }

    public boolean isYear() {
        return plainInteger && digits == 4 && attachedScale == null && value.intValue() >= 1900
                && value.intValue() <= 2100;
    }

    public boolean isDay() {
        return digits <= 2 && attachedScale == null && (plainInteger || ordinal) && value.intValue() >= 1
                && value.intValue() <= 31;
    }
}
