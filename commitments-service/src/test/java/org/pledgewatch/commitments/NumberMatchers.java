package org.pledgewatch.commitments;

import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/** JSON numbers come back as Integer, Long, Float or BigDecimal depending on their size: compare values. */
public final class NumberMatchers {

    private NumberMatchers() {
    }

    public static Matcher<Object> number(double expected) {
        return number(expected, Math.abs(expected) * 1e-9);
    }

    public static Matcher<Object> number(double expected, double tolerance) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Number n && Math.abs(n.doubleValue() - expected) <= tolerance;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number within " + tolerance + " of ").appendValue(expected);
            }
        };
    }
}
