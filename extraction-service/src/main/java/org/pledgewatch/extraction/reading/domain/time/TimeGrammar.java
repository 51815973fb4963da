package org.pledgewatch.extraction.reading.domain.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.extraction.reading.domain.lexicon.Mention;
import org.pledgewatch.extraction.reading.domain.lexicon.MentionIndex;
import org.pledgewatch.extraction.reading.domain.lexicon.TermKind;
import org.pledgewatch.extraction.reading.domain.numbers.NumberToken;
import org.pledgewatch.extraction.reading.domain.numbers.NumericDate;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;

/**
 * Reads dates and periods as they are written in news: "le 21 août 2025", "les 21–22 août 2025", "18-19 avril",
 * "August 21, 2025", "fin avril 2024", "2025‑2027", "au premier semestre 2025", "janvier-septembre 2021",
 * "entre janvier et septembre de cette année", "the first nine months of 2024", "l'année dernière",
 * "last year", "depuis 2005", "d'ici 2030", "by 2030", "d'ici cinq ans", "à moyen terme", "08/25/2025".
 * A date without a year is placed in the year that brings it closest to the publication date.
 */
public final class TimeGrammar {

    /** One element of the stream the patterns read: a term, a number or a numeric date, in text order. */
    private record Atom(int start, int end, TermKind kind, String value, NumberToken number, NumericDate date) {
        boolean isNumber() {
            return number != null;
        }

        boolean isYear() {
            return number != null && number.isYear();
        }

        boolean isDay() {
            return number != null && number.isDay();
        }

        boolean is(TermKind k) {
            return kind == k;
        }

        int count() {
            if (number != null) {
                return number.plainInteger() && number.digits() <= 2 ? number.intValue() : -1;
            }
            return kind == TermKind.NUMBER_WORD ? (int) Double.parseDouble(value) : -1;
        }
    }

    public List<TimeExpr> read(NormalizedText text, MentionIndex mentions, List<NumberToken> numbers,
            List<NumericDate> dates, LocalDate publishedOn, List<int[]> amountSpans) {
        String f = text.folded();
        List<Atom> atoms = atoms(mentions, numbers, dates, amountSpans);
        List<TimeExpr> out = new ArrayList<>();
        int lastYear = 0;
        TimeExpr lastPeriod = null;
        int i = 0;
        while (i < atoms.size()) {
            Atom a = atoms.get(i);
            if (a.is(TermKind.SAME_YEAR)) {
                // "la même année", "un an plus tôt": counted from the last year the text named; "la même période"
                // is the very period named last ("les onze premiers mois de 2024").
                if ("period".equals(a.value) && lastPeriod != null) {
                    out.add(new TimeExpr(a.start, a.end, lastPeriod.kind(), TimeExpr.Role.NONE, lastPeriod.year(),
                            lastPeriod.month(), 0, lastPeriod.toYear(), lastPeriod.toMonth(), 0));
                } else if (lastYear > 0) {
                    int year = lastYear + ("period".equals(a.value) ? 0 : (int) Double.parseDouble(a.value));
                    out.add(expr(a.start, a.end, TimeExpr.Kind.YEAR, year, 0, 0, 0));
                }
                i++;
                continue;
            }
            Parse p = parseAt(f, atoms, i, publishedOn);
            if (p == null) {
                i++;
                continue;
            }
            TimeExpr expr = asEarlyAs(text, withMarker(f, atoms, i, p.expr));
            out.add(expr);
            if (expr.role() == TimeExpr.Role.NONE && expr.hasYear() && expr.kind() != TimeExpr.Kind.SPAN) {
                lastYear = expr.year();
                if (expr.kind() == TimeExpr.Kind.YEAR || expr.kind() == TimeExpr.Kind.PART) {
                    lastPeriod = expr;
                }
            }
            i = p.next;
        }
        return out;
    }

    private static List<Atom> atoms(MentionIndex mentions, List<NumberToken> numbers, List<NumericDate> dates,
            List<int[]> amountSpans) {
        List<Atom> atoms = new ArrayList<>();
        for (Mention m : mentions.all()) {
            switch (m.kind()) {
                case MONTH, RELATIVE_YEAR, SAME_YEAR, PART_OF_YEAR, YEAR_TO_DATE, FIRST_MONTHS, FIRST_MONTHS_PRE,
                        FIRST_MONTHS_UNIT, YEAR_WORD, DEADLINE, DEADLINE_THIS_YEAR, SINCE, WITHIN, DURATION,
                        VAGUE_HORIZON, DATE_MODIFIER, NUMBER_WORD, WEEKDAY, RELATIVE_DAY, RELATIVE_MONTH,
                        BASE -> atoms.add(
                        new Atom(m.start(), m.end(), m.kind(), m.value(), null, null));
                default -> {
                }
            }
        }
        int a = 0;
        for (NumberToken n : numbers) {
            while (a < amountSpans.size() && amountSpans.get(a)[1] <= n.start()) {
                a++;
            }
            boolean inAmount = a < amountSpans.size() && amountSpans.get(a)[0] <= n.start()
                    && n.start() < amountSpans.get(a)[1];
            if (!inAmount) {
                atoms.add(new Atom(n.start(), n.end(), null, null, n, null));
            }
        }
        for (NumericDate d : dates) {
            atoms.add(new Atom(d.start(), d.end(), null, null, null, d));
        }
        atoms.sort((x, y) -> x.start != y.start ? Integer.compare(x.start, y.start) : Integer.compare(y.end, x.end));
        return atoms;
    }

    private record Parse(TimeExpr expr, int next) {
    }

    private Parse parseAt(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom a = atoms.get(i);
        if (a.date != null) {
            NumericDate d = a.date;
            return new Parse(expr(a.start, a.end, TimeExpr.Kind.DAY, d.year(), d.month(), d.day(), 0), i + 1);
        }
        Parse p;
        if ((p = dayMonth(f, atoms, i, published)) != null) {
            return p;
        }
        if ((p = monthDay(f, atoms, i, published)) != null) {
            return p;
        }
        if ((p = monthRange(f, atoms, i, published)) != null) {
            return p;
        }
        if ((p = partOfYear(f, atoms, i, published)) != null) {
            return p;
        }
        if ((p = firstMonths(f, atoms, i, published)) != null) {
            return p;
        }
        if ((p = monthYear(f, atoms, i, published)) != null) {
            return p;
        }
        if ((p = yearSpan(f, atoms, i)) != null) {
            return p;
        }
        if ((p = duration(f, atoms, i, published)) != null) {
            return p;
        }
        if ((p = horizon(f, atoms, i, published)) != null) {
            return p;
        }
        if ((p = relativeDay(f, atoms, i, published)) != null) {
            return p;
        }
        if (a.is(TermKind.DATE_MODIFIER) && i + 1 < atoms.size() && atoms.get(i + 1).isYear()
                && gap(f, a.end, atoms.get(i + 1).start, "", " ", " de ", " d'", " of ")) {
            Atom y = atoms.get(i + 1);
            return new Parse(expr(a.start, y.end, TimeExpr.Kind.YEAR, y.number.intValue(), 0, 0, 0), i + 2);
        }
        if (a.isYear()) {
            return new Parse(expr(a.start, a.end, TimeExpr.Kind.YEAR, a.number.intValue(), 0, 0, 0), i + 1);
        }
        if (a.is(TermKind.RELATIVE_YEAR) && published != null) {
            int year = published.getYear() + (int) Double.parseDouble(a.value);
            return new Parse(expr(a.start, a.end, TimeExpr.Kind.YEAR, year, 0, 0, 0), i + 1);
        }
        if (a.is(TermKind.DEADLINE_THIS_YEAR) && published != null) {
            // "d'ici la fin de l'année"; "by the end of the decade" is the decade's last year (2030 for the 2020s).
            int year = "decade".equals(a.value) ? published.getYear() / 10 * 10 + 10 : published.getYear();
            TimeExpr e = expr(a.start, a.end, TimeExpr.Kind.YEAR, year, 0, 0, 0);
            return new Parse(e.withRole(TimeExpr.Role.DEADLINE, a.start), i + 1);
        }
        if (a.is(TermKind.YEAR_TO_DATE) && published != null) {
            return new Parse(expr(a.start, a.end, TimeExpr.Kind.PART, published.getYear(), 1, 0,
                    published.getMonthValue()), i + 1);
        }
        if (a.is(TermKind.VAGUE_HORIZON)) {
            return new Parse(new TimeExpr(a.start, a.end, TimeExpr.Kind.VAGUE, TimeExpr.Role.DEADLINE, 0, 0, 0, 0,
                    0, 0), i + 1);
        }
        return null;
    }

    /** "21 août 2025", "les 21–22 août 2025", "18-19 avril", "1er août", "21 August 2025". */
    private Parse dayMonth(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom a = atoms.get(i);
        if (!a.isDay()) {
            return null;
        }
        int k = i + 1;
        int toDay = 0;
        if (k + 1 < atoms.size() && atoms.get(k).isDay()
                && gap(f, a.end, atoms.get(k).start, "-", " - ", " au ", " et ", " to ", " and ", "/")) {
            toDay = atoms.get(k).number.intValue();
            k++;
        }
        if (k >= atoms.size() || !atoms.get(k).is(TermKind.MONTH)
                || !gap(f, atoms.get(k - 1).end, atoms.get(k).start, " ", " of ")) {
            return null;
        }
        Atom month = atoms.get(k);
        int m = Integer.parseInt(month.value);
        int end = month.end;
        int year = 0;
        k++;
        if (k < atoms.size() && atoms.get(k).isYear() && gap(f, end, atoms.get(k).start, " ", ", ")) {
            year = atoms.get(k).number.intValue();
            end = atoms.get(k).end;
            k++;
        }
        int day = a.number.intValue();
        if (year == 0) {
            year = closestYear(published, m, day);
        }
        if (!validDay(year, m, day)) {
            return null;
        }
        return new Parse(expr(a.start, end, TimeExpr.Kind.DAY, year, m, day, toDay), k);
    }

    /** "August 21, 2025", "Aug. 21". */
    private Parse monthDay(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom a = atoms.get(i);
        if (!a.is(TermKind.MONTH) || i + 1 >= atoms.size()) {
            return null;
        }
        Atom d = atoms.get(i + 1);
        if (!d.isDay() || d.number.digits() > 2 || !gap(f, a.end, d.start, " ")) {
            return null;
        }
        int m = Integer.parseInt(a.value);
        int day = d.number.intValue();
        int end = d.end;
        int k = i + 2;
        int toDay = 0;
        if (k < atoms.size() && atoms.get(k).isDay() && gap(f, end, atoms.get(k).start, "-", " - ", " and ")) {
            toDay = atoms.get(k).number.intValue();
            end = atoms.get(k).end;
            k++;
        }
        int year = 0;
        if (k < atoms.size() && atoms.get(k).isYear() && gap(f, end, atoms.get(k).start, ", ", " ", ",")) {
            year = atoms.get(k).number.intValue();
            end = atoms.get(k).end;
            k++;
        }
        if (year == 0) {
            year = closestYear(published, m, day);
        }
        if (!validDay(year, m, day)) {
            return null;
        }
        return new Parse(expr(a.start, end, TimeExpr.Kind.DAY, year, m, day, toDay), k);
    }

    /** "janvier-septembre 2021", "entre janvier et septembre de cette année", "from January to September". */
    private Parse monthRange(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom a = atoms.get(i);
        if (!a.is(TermKind.MONTH) || i + 1 >= atoms.size()) {
            return null;
        }
        Atom b = atoms.get(i + 1);
        if (!b.is(TermKind.MONTH) || !gap(f, a.end, b.start, "-", " - ", " a ", " et ", " to ", " and ", "/")) {
            return null;
        }
        int from = Integer.parseInt(a.value);
        int to = Integer.parseInt(b.value);
        if (to < from) {
            return null;
        }
        YearAfter y = yearAfter(f, atoms, i + 2, b.end, published);
        int year = y != null ? y.year : defaultYearForPart(published, to);
        int end = y != null ? y.end : b.end;
        int next = y != null ? y.next : i + 2;
        int start = a.start;
        return new Parse(expr(start, end, TimeExpr.Kind.PART, year, from, 0, to), next);
    }

    /** "premier semestre 2025", "au premier trimestre", "Q1 2025", "first half of 2025". */
    private Parse partOfYear(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom a = atoms.get(i);
        if (!a.is(TermKind.PART_OF_YEAR)) {
            return null;
        }
        String[] months = a.value.split("-");
        int from = Integer.parseInt(months[0]);
        int to = Integer.parseInt(months[1]);
        YearAfter y = yearAfter(f, atoms, i + 1, a.end, published);
        int year = y != null ? y.year : defaultYearForPart(published, to);
        return new Parse(expr(a.start, y != null ? y.end : a.end, TimeExpr.Kind.PART, year, from, 0, to),
                y != null ? y.next : i + 1);
    }

    /** "les neuf premiers mois de 2024", "the first nine months of 2024". */
    private Parse firstMonths(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom a = atoms.get(i);
        if (i + 1 < atoms.size() && a.count() >= 2 && a.count() <= 11 && atoms.get(i + 1).is(TermKind.FIRST_MONTHS)
                && gap(f, a.end, atoms.get(i + 1).start, " ")) {
            int to = a.count();
            Atom unit = atoms.get(i + 1);
            YearAfter y = yearAfter(f, atoms, i + 2, unit.end, published);
            int year = y != null ? y.year : defaultYearForPart(published, to);
            return new Parse(expr(a.start, y != null ? y.end : unit.end, TimeExpr.Kind.PART, year, 1, 0, to),
                    y != null ? y.next : i + 2);
        }
        if (a.is(TermKind.FIRST_MONTHS_PRE) && i + 2 < atoms.size()) {
            Atom n = atoms.get(i + 1);
            Atom unit = atoms.get(i + 2);
            if (n.count() >= 2 && n.count() <= 11 && unit.is(TermKind.FIRST_MONTHS_UNIT)
                    && gap(f, a.end, n.start, " ") && gap(f, n.end, unit.start, " ")) {
                int to = n.count();
                YearAfter y = yearAfter(f, atoms, i + 3, unit.end, published);
                int year = y != null ? y.year : defaultYearForPart(published, to);
                return new Parse(expr(a.start, y != null ? y.end : unit.end, TimeExpr.Kind.PART, year, 1, 0, to),
                        y != null ? y.next : i + 3);
            }
        }
        return null;
    }

    /** "avril 2024", "fin avril 2024", "en avril", "mi-mars". */
    private Parse monthYear(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom a = atoms.get(i);
        int k = i;
        if (a.is(TermKind.DATE_MODIFIER) && i + 1 < atoms.size() && atoms.get(i + 1).is(TermKind.MONTH)
                && gap(f, a.end, atoms.get(i + 1).start, "", " ", " d'", " de ", " of ")) {
            k = i + 1;
        }
        Atom month = atoms.get(k);
        if (!month.is(TermKind.MONTH)) {
            return null;
        }
        int m = Integer.parseInt(month.value);
        int end = month.end;
        int next = k + 1;
        int year;
        if (next < atoms.size() && atoms.get(next).isYear() && gap(f, end, atoms.get(next).start, " ", ", ", " de ",
                " of ")) {
            year = atoms.get(next).number.intValue();
            end = atoms.get(next).end;
            next++;
        } else {
            // A month alone is a date only when the text names it as one ("en avril"), not the verb "may".
            year = closestYear(published, m, 15);
        }
        return new Parse(expr(a.start, end, TimeExpr.Kind.MONTH, year, m, 0, m), next);
    }

    /** "2025-2027", "2025‑2027", "2021 à 2025". */
    private Parse yearSpan(String f, List<Atom> atoms, int i) {
        Atom a = atoms.get(i);
        if (!a.isYear() || i + 1 >= atoms.size()) {
            return null;
        }
        Atom b = atoms.get(i + 1);
        if (!b.isYear() || !gap(f, a.end, b.start, "-", " - ", "/", " a ", " to ")) {
            return null;
        }
        int from = a.number.intValue();
        int to = b.number.intValue();
        if (to <= from || to - from > 30) {
            return null;
        }
        return new Parse(new TimeExpr(a.start, b.end, TimeExpr.Kind.SPAN, TimeExpr.Role.NONE, from, 0, 0, to, 0, 0),
                i + 2);
    }

    /** "d'ici cinq ans", "dans les trois prochaines années", "within five years": a deadline N years ahead. */
    private Parse duration(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom a = atoms.get(i);
        if (published == null || !(a.is(TermKind.WITHIN) || a.is(TermKind.DEADLINE)) || i + 2 >= atoms.size()) {
            return null;
        }
        int k = i + 1;
        while (k < atoms.size() && atoms.get(k).start < a.end) {
            k++;
        }
        if (k + 1 >= atoms.size()) {
            return null;
        }
        Atom n = atoms.get(k);
        Atom unit = atoms.get(k + 1);
        int years = n.count();
        if (years < 1 || years > 30 || !unit.is(TermKind.DURATION) || !gap(f, a.end, n.start, " ")
                || !gap(f, n.end, unit.start, " ")) {
            return null;
        }
        TimeExpr e = new TimeExpr(a.start, unit.end, TimeExpr.Kind.YEAR, TimeExpr.Role.DEADLINE,
                published.getYear() + years, 0, 0, published.getYear() + years, 0, 0);
        return new Parse(e, k + 2);
    }

    /**
     * "tripler les échanges en cinq ans", "double trade in five years": a horizon N years after publication. Only a
     * target makes it a deadline; "ont doublé en cinq ans" reports a duration.
     */
    private Parse horizon(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom n = atoms.get(i);
        if (published == null || i + 1 >= atoms.size() || n.number == null && !n.is(TermKind.NUMBER_WORD)) {
            return null;
        }
        Atom unit = atoms.get(i + 1);
        int years = n.count();
        if (years < 1 || years > 30 || !unit.is(TermKind.DURATION) || !gap(f, n.end, unit.start, " ")) {
            return null;
        }
        int start = -1;
        for (String marker : new String[] {"en ", "in "}) {
            int at = n.start - marker.length();
            if (at >= 0 && f.startsWith(marker, at) && (at == 0 || !Character.isLetterOrDigit(f.charAt(at - 1)))) {
                start = at;
            }
        }
        if (start < 0) {
            return null;
        }
        int year = published.getYear() + years;
        return new Parse(new TimeExpr(start, unit.end, TimeExpr.Kind.YEAR, TimeExpr.Role.HORIZON, year, 0, 0, year, 0,
                0), i + 2);
    }

    /**
     * Days and months counted from publication: "mardi" and "on Tuesday" (the latest Tuesday up to publication,
     * unless a date follows: "mardi 3 juin"), "hier", "la semaine dernière", "le mois dernier", "earlier this month".
     */
    private Parse relativeDay(String f, List<Atom> atoms, int i, LocalDate published) {
        Atom a = atoms.get(i);
        if (published == null) {
            return null;
        }
        if (a.is(TermKind.WEEKDAY)) {
            if (i + 1 < atoms.size()) {
                Atom next = atoms.get(i + 1);
                if (next.isDay() && gap(f, a.end, next.start, " ", ", ", " le ", " the ")
                        || next.is(TermKind.MONTH) && gap(f, a.end, next.start, " ", ", ")
                        || next.date != null && gap(f, a.end, next.start, " ", ", ")) {
                    return null;
                }
            }
            int weekday = Integer.parseInt(a.value);
            int back = (published.getDayOfWeek().getValue() - weekday + 7) % 7;
            LocalDate d = published.minusDays(back);
            if (f.startsWith(" prochain", a.end) || a.start >= 5 && f.startsWith("next ", a.start - 5)) {
                d = d.plusDays(7);
            }
            return new Parse(expr(a.start, a.end, TimeExpr.Kind.DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                    0).asDeictic(), i + 1);
        }
        if (a.is(TermKind.RELATIVE_DAY)) {
            if (a.value.startsWith("week:")) {
                LocalDate d = published.plusWeeks(Integer.parseInt(a.value.substring(5)));
                return new Parse(expr(a.start, a.end, TimeExpr.Kind.MONTH, d.getYear(), d.getMonthValue(), 0, 0)
                        .asDeictic(), i + 1);
            }
            LocalDate d = published.plusDays(Integer.parseInt(a.value));
            return new Parse(expr(a.start, a.end, TimeExpr.Kind.DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                    0).asDeictic(), i + 1);
        }
        if (a.is(TermKind.RELATIVE_MONTH)) {
            LocalDate d = published.plusMonths(Integer.parseInt(a.value));
            return new Parse(expr(a.start, a.end, TimeExpr.Kind.MONTH, d.getYear(), d.getMonthValue(), 0, 0)
                    .asDeictic(), i + 1);
        }
        return null;
    }

    private record YearAfter(int year, int end, int next) {
    }

    /** The year that completes a part of a year: "2025", "de 2025", "de cette année", "of last year". */
    private YearAfter yearAfter(String f, List<Atom> atoms, int k, int end, LocalDate published) {
        if (k >= atoms.size()) {
            return null;
        }
        Atom y = atoms.get(k);
        int from = end;
        if (y.is(TermKind.YEAR_WORD) && gap(f, end, y.start, " ")) {
            if (k + 1 < atoms.size() && atoms.get(k + 1).isYear() && gap(f, y.end, atoms.get(k + 1).start, " ")) {
                Atom year = atoms.get(k + 1);
                return new YearAfter(year.number.intValue(), year.end, k + 2);
            }
            return null;
        }
        if (y.isYear() && gap(f, from, y.start, " ", " de ", " of ", " du ", ", ")) {
            return new YearAfter(y.number.intValue(), y.end, k + 1);
        }
        if (y.is(TermKind.RELATIVE_YEAR) && published != null && gap(f, from, y.start, " ", " de ", " of ")) {
            return new YearAfter(published.getYear() + (int) Double.parseDouble(y.value), y.end, k + 1);
        }
        return null;
    }

    /**
     * "un objectif fixé dès 2023": "dès" (as early as) marks a starting point like "depuis". Told by its accent,
     * since folded "des" is the article.
     */
    private static TimeExpr asEarlyAs(NormalizedText text, TimeExpr expr) {
        if (expr.role() != TimeExpr.Role.NONE || expr.start() < 4) {
            return expr;
        }
        String before = text.originalText(expr.start() - 4, expr.start());
        return before.equalsIgnoreCase("dès ") || before.equalsIgnoreCase("dès\u00a0")
                ? expr.withRole(TimeExpr.Role.SINCE, expr.start() - 4) : expr;
    }

    /** A marker right before the expression ("d'ici", "by", "depuis") gives it its role. */
    private TimeExpr withMarker(String f, List<Atom> atoms, int i, TimeExpr expr) {
        if (expr.role() != TimeExpr.Role.NONE) {
            return expr;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Atom m = atoms.get(k);
            if (m.end > expr.start()) {
                continue;
            }
            if (!gap(f, m.end, expr.start(), "", " ", " l'", " la ", " le ", " l'an ", " the ", " the year ")) {
                return expr;
            }
            if (m.is(TermKind.DEADLINE)) {
                return expr.withRole(TimeExpr.Role.DEADLINE, m.start);
            }
            if (m.is(TermKind.SINCE)) {
                return expr.withRole(TimeExpr.Role.SINCE, m.start);
            }
            if (m.is(TermKind.BASE)) {
                // "up 9% from 2023": the year compared with, not the year the figure describes.
                return expr.kind() == TimeExpr.Kind.YEAR ? expr.withRole(TimeExpr.Role.BASE, m.start) : expr;
            }
            if (m.is(TermKind.DATE_MODIFIER) || m.is(TermKind.WITHIN)) {
                continue;
            }
            return expr;
        }
        return expr;
    }

    /** A part of a year without its year: this year if it is over by publication, otherwise last year. */
    private static int defaultYearForPart(LocalDate published, int lastMonth) {
        if (published == null) {
            return 0;
        }
        return lastMonth <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
    }

    /** The year that puts month/day closest to the publication date ("le 26 novembre" in a November story). */
    static int closestYear(LocalDate published, int month, int day) {
        if (published == null) {
            return 0;
        }
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            if (!validDay(y, month, Math.min(day, 28))) {
                continue;
            }
            LocalDate candidate = LocalDate.of(y, month, Math.min(day, 28));
            long distance = Math.abs(candidate.toEpochDay() - published.toEpochDay());
            // News report the past more than the future: a date a little ahead still beats one a year back.
            if (candidate.isAfter(published)) {
                distance = distance * 2;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }

    private static boolean validDay(int year, int month, int day) {
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static TimeExpr expr(int start, int end, TimeExpr.Kind kind, int year, int month, int day, int to) {
        return switch (kind) {
            case DAY -> new TimeExpr(start, end, kind, TimeExpr.Role.NONE, year, month, day, year, month, to);
            case PART -> new TimeExpr(start, end, kind, TimeExpr.Role.NONE, year, month, 0, year, to, 0);
            case MONTH -> new TimeExpr(start, end, kind, TimeExpr.Role.NONE, year, month, 0, year, month, 0);
            default -> new TimeExpr(start, end, kind, TimeExpr.Role.NONE, year, 0, 0, year, 0, 0);
        };
    }

    private static boolean gap(String f, int from, int to, String... allowed) {
        if (to < from || to - from > 12) {
            return false;
        }
        for (String a : allowed) {
            if (a.length() == to - from && f.startsWith(a, from)) {
                return true;
            }
        }
        return false;
    }
}
