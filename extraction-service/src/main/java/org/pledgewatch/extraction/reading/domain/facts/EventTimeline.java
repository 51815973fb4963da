package org.pledgewatch.extraction.reading.domain.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.extraction.reading.domain.lexicon.Mention;
import org.pledgewatch.extraction.reading.domain.lexicon.TermKind;
import org.pledgewatch.extraction.reading.domain.places.CountryRef;
import org.pledgewatch.extraction.reading.domain.text.Sentence;
import org.pledgewatch.extraction.reading.domain.time.TimeExpr;

/**
 * When and where the story's event happened, sentence by sentence: the last day or month named so far and the
 * last city named as a location. A signing without its own date ("les présidents ont adopté un plan") took
 * place at the event the article is reporting.
 */
final class EventTimeline {

    /** Older dates are background ("signé en juillet 2024"), not the event the story reports. */
    private static final int RECENT_DAYS = 62;

    private final List<TimeExpr> dates = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final String fallbackDate;

    EventTimeline(ArticleContext ctx) {
        LocalDate published = ctx.publishedOn();
        TimeExpr current = null;
        String place = null;
        TimeExpr firstDate = null;
        String firstPlace = null;
        for (Sentence s : ctx.sentences()) {
            boolean dated = false;
            // "Les échanges ont atteint 1,2 milliard sur l'année achevée le 20 mars": a date told with a figure
            // dates the figure, not the meeting the story reports (unless something is signed there too).
            boolean figureOnly = !ctx.amountsIn(s).isEmpty() && !hasSigning(ctx, s);
            for (TimeExpr t : figureOnly ? List.<TimeExpr>of() : ctx.timesIn(s)) {
                if (t.isDayOrMonth() && t.role() == TimeExpr.Role.NONE && t.hasYear() && !isFuture(t, published)
                        && recent(t, published)) {
                    current = t;
                    dated = true;
                    if (firstDate == null) {
                        firstDate = t;
                    }
                }
            }
            // The event's place is the city named with its date ("le 21 août 2025 à Bichkek"), not any city.
            for (CountryRef r : dated ? ctx.countries().between(s.start(), s.end()) : List.<CountryRef>of()) {
                if (r.placeOnly() && r.name() != null && !r.name().isEmpty()) {
                    place = r.name();
                    if (firstPlace == null) {
                        firstPlace = r.name();
                    }
                }
            }
            dates.add(current);
            places.add(place);
        }
        // Before the first date, the story's date is the first one it gives if it is recent, else its month.
        for (int i = 0; i < dates.size() && dates.get(i) == null; i++) {
            dates.set(i, recent(firstDate, published) ? firstDate : null);
        }
        for (int i = 0; i < places.size() && places.get(i) == null; i++) {
            places.set(i, firstPlace);
        }
        fallbackDate = published == null ? null : String.format("%04d-%02d", published.getYear(),
                published.getMonthValue());
    }

    private static boolean hasSigning(ArticleContext ctx, Sentence s) {
        for (Mention m : ctx.mentionsIn(s)) {
            if (m.kind() == TermKind.ACTION && !m.value().equals("future") && !m.value().equals("negation")) {
                return true;
            }
        }
        return false;
    }

    /** A date after publication (a match next month, a forum in September) is no event the story reports. */
    static boolean isFuture(TimeExpr t, LocalDate published) {
        if (published == null || !t.hasYear()) {
            return false;
        }
        LocalDate first = LocalDate.of(t.year(), Math.max(1, t.month()), Math.max(1, Math.min(28, t.day())));
        return first.isAfter(published.plusDays(3));
    }

    private static boolean recent(TimeExpr t, LocalDate published) {
        if (t == null || published == null) {
            return t != null;
        }
        LocalDate d = LocalDate.of(t.year(), Math.max(1, t.month()), Math.max(1, Math.min(28, t.day())));
        long days = published.toEpochDay() - d.toEpochDay();
        return days >= -7 && days <= RECENT_DAYS;
    }

    /** The date of the event a sentence reports, as precise as known; the publication month otherwise. */
    String dateAt(Sentence s) {
        TimeExpr t = dates.get(s.index());
        return t != null ? t.asDate() : fallbackDate;
    }

    String placeAt(Sentence s) {
        return places.get(s.index());
    }
}
