package org.pledgewatch.extraction.reading.domain.lexicon;

/** What a gazetteer term is; each kind comes from one resource file (see reading/README.md). */
public enum TermKind {
    COUNTRY,
    /** A combining form of a country, first half of a compound ("kazakho-", "Sino-"). */
    COUNTRY_PREFIX,
    CITY,
    /**
     * A group of countries written as one ("les cinq pays d'Asie centrale", "C5"): value the member codes joined by
     * ",", "?" for a group whose members the text does not say ("les États membres", "with the region"), or "-" for
     * a name that contains a group but names no party (the "C5+1" format).
     */
    GROUP,
    LEADER,
    CURRENCY,
    SCALE,
    ATTACHED_SCALE,
    NUMBER_WORD,
    /** "cent", "hundred": multiplies the spelled number before it. */
    HUNDRED,
    HALF,
    PERCENT,
    /** What a number counts when it is not money: "tonnes", "habitants". */
    UNIT,
    MONTH,
    RELATIVE_YEAR,
    /** A year counted from the year the text just named ("la même année", "a year earlier"). */
    SAME_YEAR,
    PART_OF_YEAR,
    YEAR_TO_DATE,
    FIRST_MONTHS,
    FIRST_MONTHS_PRE,
    FIRST_MONTHS_UNIT,
    YEAR_WORD,
    DEADLINE,
    DEADLINE_THIS_YEAR,
    SINCE,
    WITHIN,
    DURATION,
    VAGUE_HORIZON,
    DATE_MODIFIER,
    /** A day of the week ("mardi", "on Tuesday"): the latest such day up to publication. */
    WEEKDAY,
    /** A day counted from publication ("hier", "yesterday"); value "week:-1" for "la semaine dernière". */
    RELATIVE_DAY,
    /** A month counted from publication ("le mois dernier", "earlier this month"). */
    RELATIVE_MONTH,
    /** "par rapport à", "compared with", "from": the year after it is the base of a comparison. */
    BASE,
    METRIC,
    FIGURE_CUE,
    SECTOR,
    REFERENCE,
    AGREEMENT,
    ACTION
}
