package org.pledgewatch.extraction.reading.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.lexicon.Lexicon;
import org.pledgewatch.extraction.reading.domain.lexicon.MentionIndex;
import org.pledgewatch.extraction.reading.domain.numbers.NumberScanner;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;
import org.pledgewatch.extraction.reading.domain.text.TextNormalizer;

class TimeGrammarTest {

    private static final Lexicon FR = Lexicon.load("fr");
    private static final Lexicon EN = Lexicon.load("en");

    private static List<TimeExpr> times(Lexicon lexicon, String text, String published) {
        NormalizedText t = TextNormalizer.normalize(text);
        MentionIndex mentions = new MentionIndex(lexicon.find(t));
        NumberScanner.Result n = new NumberScanner(lexicon).scan(t);
        return new TimeGrammar().read(t, mentions, n.numbers(), n.dates(),
                published == null ? null : LocalDate.parse(published), List.of());
    }

    private static TimeExpr only(Lexicon lexicon, String text, String published) {
        List<TimeExpr> found = times(lexicon, text, published);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void dayRangesWithAnyDash() {
        assertThat(only(FR, "les 21–22 août 2025 à Bichkek", null).asDate()).isEqualTo("2025-08-21");
        assertThat(only(FR, "Les 18-19 avril 2024", null).asDate()).isEqualTo("2024-04-18");
        assertThat(only(EN, "on August 21, 2025", null).asDate()).isEqualTo("2025-08-21");
        assertThat(only(FR, "le 1er août 2025", null).asDate()).isEqualTo("2025-08-01");
    }

    @Test
    void monthsWithModifiersAndYearSpans() {
        assertThat(only(FR, "fin avril 2024 à Astana", null).asDate()).isEqualTo("2024-04");
        TimeExpr span = only(FR, "Plan global de coopération 2025\u20112027", null);
        assertThat(span.kind()).isEqualTo(TimeExpr.Kind.SPAN);
        assertThat(span.asPeriod()).isEqualTo("2025/2027");
    }

    @Test
    void yearlessDatesTakeTheYearClosestToPublication() {
        assertThat(only(FR, "le 26 novembre à Bichkek", "2025-11-27").asDate()).isEqualTo("2025-11-26");
        assertThat(only(FR, "le 28 décembre", "2026-01-03").asDate()).isEqualTo("2025-12-28");
    }

    @Test
    void relativeYears() {
        assertThat(only(FR, "L'année dernière, le commerce", "2025-11-27").asPeriod()).isEqualTo("2024");
        assertThat(only(EN, "last year", "2025-06-01").asPeriod()).isEqualTo("2024");
        assertThat(only(FR, "cette année", "2025-06-01").asPeriod()).isEqualTo("2025");
    }

    @Test
    void partsOfAYear() {
        assertThat(only(FR, "au premier semestre 2025", null).asPeriod()).isEqualTo("2025-01/2025-06");
        assertThat(only(FR, "sur la période janvier-septembre 2021", null).asPeriod()).isEqualTo("2021-01/2021-09");
        assertThat(only(FR, "entre janvier et septembre de cette année", "2025-11-27").asPeriod())
                .isEqualTo("2025-01/2025-09");
        assertThat(only(EN, "in the first nine months of 2024", null).asPeriod()).isEqualTo("2024-01/2024-09");
        assertThat(only(EN, "first quarter", "2025-06-01").asPeriod()).isEqualTo("2025-01/2025-03");
    }

    @Test
    void deadlinesAndSince() {
        TimeExpr deadline = only(FR, "d'ici 2030", null);
        assertThat(deadline.role()).isEqualTo(TimeExpr.Role.DEADLINE);
        assertThat(deadline.asDeadline()).isEqualTo("2030");
        assertThat(only(FR, "à l'horizon 2030", null).role()).isEqualTo(TimeExpr.Role.DEADLINE);
        assertThat(only(EN, "by 2030", null).role()).isEqualTo(TimeExpr.Role.DEADLINE);
        assertThat(only(EN, "before 2030", null).role()).isEqualTo(TimeExpr.Role.DEADLINE);
        assertThat(only(FR, "d'ici cinq ans", "2025-03-01").asDeadline()).isEqualTo("2030");
        assertThat(only(FR, "à moyen terme", null).kind()).isEqualTo(TimeExpr.Kind.VAGUE);
        TimeExpr since = only(FR, "depuis 2005", null);
        assertThat(since.role()).isEqualTo(TimeExpr.Role.SINCE);
        assertThat(since.asPeriod()).isEqualTo("2005/..");
    }

    @Test
    void usStyleDatesInBylines() {
        assertThat(only(FR, "Le 08/25/2025", null).asDate()).isEqualTo("2025-08-25");
        assertThat(only(FR, "Publié le 24/12/2024", null).asDate()).isEqualTo("2024-12-24");
        assertThat(only(EN, "2025-11-07", null).asDate()).isEqualTo("2025-11-07");
    }

    @Test
    void yearsCountedFromTheYearJustNamed() {
        List<TimeExpr> t = times(FR, "En 2023, 10 milliards ; la même année, 2 milliards", null);
        assertThat(t).extracting(TimeExpr::asPeriod).containsExactly("2023", "2023");
    }

    @Test
    void weekdaysAndDaysCountedFromPublicationAreDeicticDates() {
        // Published on Monday 28 April 2025: "dimanche" is the day before.
        TimeExpr sunday = only(FR, "reçu dimanche à Achgabat", "2025-04-28");
        assertThat(sunday.asDate()).isEqualTo("2025-04-27");
        assertThat(sunday.deictic()).isTrue();
        assertThat(only(EN, "the leaders met on Thursday", "2025-11-07").asDate()).isEqualTo("2025-11-06");
        // A weekday followed by its date is that date, not a second one.
        TimeExpr dated = only(FR, "mardi 3 juin à Astana", "2025-06-04");
        assertThat(dated.asDate()).isEqualTo("2025-06-03");
        assertThat(dated.deictic()).isFalse();
        assertThat(only(FR, "ratifié la semaine dernière", "2025-04-01").asDate()).isEqualTo("2025-03");
        assertThat(only(EN, "signed last month", "2025-01-15").asDate()).isEqualTo("2024-12");
        assertThat(only(FR, "arrivé hier", "2025-03-01").asDate()).isEqualTo("2025-02-28");
    }

    @Test
    void theEndOfTheDecadeIsADeadline() {
        TimeExpr fr = only(FR, "d'ici à la fin de la décennie", "2025-09-22");
        assertThat(fr.role()).isEqualTo(TimeExpr.Role.DEADLINE);
        assertThat(fr.asDeadline()).isEqualTo("2030");
        assertThat(only(EN, "by the end of the decade", "2024-03-01").asDeadline()).isEqualTo("2030");
    }

    @Test
    void aNumberOfYearsAfterEnOrInIsAHorizon() {
        TimeExpr fr = only(FR, "tripler en cinq ans", "2025-07-04");
        assertThat(fr.role()).isEqualTo(TimeExpr.Role.HORIZON);
        assertThat(fr.asDeadline()).isEqualTo("2030");
        assertThat(only(EN, "double in three years", "2024-08-22").asDeadline()).isEqualTo("2027");
        // "dans", "d'ici", "within" stay plain deadlines.
        assertThat(only(EN, "within five years", "2024-08-22").role()).isEqualTo(TimeExpr.Role.DEADLINE);
    }

    @Test
    void theYearAComparisonIsMadeWithIsABase() {
        assertThat(only(EN, "up 9% from 2023", null).role()).isEqualTo(TimeExpr.Role.BASE);
        assertThat(only(FR, "en hausse par rapport à 2023", null).role()).isEqualTo(TimeExpr.Role.BASE);
        // A span after "from" is a span, not a base.
        assertThat(only(EN, "from 2021 to 2025", null).role()).isEqualTo(TimeExpr.Role.NONE);
    }

    @Test
    void theSamePeriodIsThePeriodNamedLastAndDesMarksAStart() {
        List<TimeExpr> found = times(FR, "sur les onze premiers mois de 2024, un objectif fixé dès 2023, "
                + "sur la même période", "2025-01-16");
        assertThat(found).hasSize(3);
        assertThat(found.get(1).role()).isEqualTo(TimeExpr.Role.SINCE);
        assertThat(found.get(2).asPeriod()).isEqualTo("2024-01/2024-11");
    }
}
