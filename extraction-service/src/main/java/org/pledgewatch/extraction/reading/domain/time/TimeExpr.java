package org.pledgewatch.extraction.reading.domain.time;

/**
 * A date, period or horizon the text states at folded [start, end), resolved against the publication date.
 *
 * @param year    the (first) year; 0 when unknown
 * @param month   the month of a DAY or MONTH, the first month of a PART; 0 otherwise
 * @param day     the day of a DAY; 0 otherwise
 * @param toYear  the last year of a SPAN; the year itself otherwise
 * @param toMonth the last month of a PART
 * @param toDay   the last day of a day range ("21–22 août")
 * @param deictic when the text counts it from publication ("mardi", "hier", "last week"): the day of an event, never
 *                the period of a figure
 * @param role    DEADLINE after "d'ici", "by"; SINCE after "depuis", "since"; HORIZON for "en cinq ans", "in five
 *                years" (a deadline only for a target); BASE for the year a figure is compared with ("par rapport à
 *                2023", "from 2023")
 */
public record TimeExpr(int start, int end, Kind kind, Role role, int year, int month, int day, int toYear,
        int toMonth, int toDay, boolean deictic) {

    /** A date written as such; {@code deictic} marks one counted from publication ("mardi", "hier"). */
    public TimeExpr(int start, int end, Kind kind, Role role, int year, int month, int day, int toYear, int toMonth,
            int toDay) {
        this(start, end, kind, role, year, month, day, toYear, toMonth, toDay, false);
    }

    /** The same date, marked as told relative to publication ("mardi", "hier", "last week"). */
    public TimeExpr asDeictic() {
        return new TimeExpr(start, end, kind, role, year, month, day, toYear, toMonth, toDay, true);
    }

    public enum Kind {
        DAY,
        MONTH,
        YEAR,
        /** Months of one year: a quarter, a half, "janvier-septembre". */
        PART,
        /** Several whole years: "2025-2027". */
        SPAN,
        /** A horizon without a date ("à moyen terme"). */
        VAGUE
    }

    public enum Role {
        NONE,
        DEADLINE,
        SINCE,
        /** "en cinq ans", "in five years": a horizon when a target is set, a mere duration otherwise. */
        HORIZON,
        /** The year a growth rate is measured from: "up 9% from 2023", "par rapport à 2023". */
        BASE
    }

    public TimeExpr withRole(Role newRole, int newStart) {
        return new TimeExpr(Math.min(start, newStart), end, kind, newRole, year, month, day, toYear, toMonth, toDay,
                deictic);
    }

    public boolean hasYear() {
        return year > 0;
    }

    /** The last year the expression covers (the year a deadline or a period is scored on). */
    public int lastYear() {
        return kind == Kind.SPAN ? toYear : year;
    }

    /** As an observation's period: "2024", "2025-01/2025-09", "2005/.." since a year; null without a year. */
    public String asPeriod() {
        if (!hasYear() || kind == Kind.VAGUE) {
            return null;
        }
        if (role == Role.SINCE) {
            return year + "/..";
        }
        return switch (kind) {
            case PART -> String.format("%04d-%02d/%04d-%02d", year, month, year, toMonth);
            case SPAN -> year + "/" + toYear;
            default -> Integer.toString(year);
        };
    }

    /** As a pledge's deadline: a year, or an interval for part of a year. */
    public String asDeadline() {
        if (!hasYear() || kind == Kind.VAGUE) {
            return null;
        }
        if (kind == Kind.PART) {
            return String.format("%04d-%02d/%04d-%02d", year, month, year, toMonth);
        }
        return Integer.toString(lastYear());
    }

    /** As the date of an event: "2025-08-21", "2025-08" or "2025". */
    public String asDate() {
        if (!hasYear()) {
            return null;
        }
        return switch (kind) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case PART -> month == toMonth ? String.format("%04d-%02d", year, month) : Integer.toString(year);
            default -> Integer.toString(year);
        };
    }

    public boolean isDayOrMonth() {
        return kind == Kind.DAY || kind == Kind.MONTH;
    }
}
