package org.pledgewatch.extraction.reading.domain.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.Agreement;
import org.pledgewatch.extraction.reading.domain.Observation;
import org.pledgewatch.extraction.reading.domain.Pledge;
import org.pledgewatch.extraction.reading.domain.ReaderFixtures;
import org.pledgewatch.extraction.reading.domain.Reading;

/**
 * The general rules added after the held-out evaluation (extraction-service/README.md), one test each, in
 * sentences of their own (not the held-out articles').
 */
class GeneralizationTest {

    private static Pledge onlyPledge(Reading r) {
        assertThat(r.pledges()).hasSize(1);
        return r.pledges().get(0);
    }

    private static Observation only(Reading r, String metric) {
        List<Observation> found = r.observations().stream().filter(o -> o.metric().equals(metric)).toList();
        assertThat(found).as(metric).hasSize(1);
        return found.get(0);
    }

    @Test
    void relativeTargetsWithAHorizonInYears() {
        Pledge fr = onlyPledge(ReaderFixtures.readFr("L'Ouzbékistan et la Turquie ont décidé de tripler le volume de "
                + "leurs échanges en cinq ans.", "2025-07-04"));
        assertThat(fr.parties()).containsExactly("TR", "UZ");
        assertThat(fr.targetFactor()).isEqualByComparingTo("3");
        assertThat(fr.deadline()).isEqualTo("2030");
        Pledge en = onlyPledge(ReaderFixtures.readEn("India and Kazakhstan want to double trade in three years.",
                "2024-08-22"));
        assertThat(en.targetFactor()).isEqualByComparingTo("2");
        assertThat(en.deadline()).isEqualTo("2027");
        Pledge absolute = onlyPledge(ReaderFixtures.readFr("Le Kazakhstan et la Chine veulent porter leurs échanges à "
                + "80 milliards de dollars en cinq ans.", "2025-05-10"));
        assertThat(absolute.deadline()).isEqualTo("2030");
        // A past doubling over five years is no target.
        Reading past = ReaderFixtures.readFr("Le commerce entre le Kazakhstan et la Chine a doublé en cinq ans pour "
                + "atteindre 44 milliards de dollars en 2024.", "2025-05-10");
        assertThat(past.pledges()).isEmpty();
        assertThat(only(past, "trade_turnover").period()).isEqualTo("2024");
    }

    @Test
    void aTargetByTheEndOfTheDecade() {
        Pledge p = onlyPledge(ReaderFixtures.readFr("Le Kazakhstan et la Chine visent 80 milliards de dollars "
                + "d'échanges d'ici à la fin de la décennie.", "2025-09-22"));
        assertThat(p.deadline()).isEqualTo("2030");
    }

    @Test
    void aYearlyTargetAfterAPronoun() {
        Reading r = ReaderFixtures.readFr("Les échanges entre l'Iran et l'Arménie ont atteint 700 millions de "
                + "dollars en 2024. Téhéran et Erevan veulent les porter à 2 milliards de dollars par an dans les "
                + "cinq prochaines années.", "2025-02-01");
        Pledge p = onlyPledge(r);
        assertThat(p.parties()).containsExactly("AM", "IR");
        assertThat(p.targetValue()).isEqualByComparingTo("2000000000");
        assertThat(p.deadline()).isEqualTo("2030");
    }

    @Test
    void aGrowthRateDescribesTheYearAfterItsBase() {
        Reading en = ReaderFixtures.readEn("Trade between Kazakhstan and Uzbekistan reached $4.4 billion last year, "
                + "up 9% from 2023.", "2025-03-14");
        assertThat(only(en, "trade_growth").period()).isEqualTo("2024");
        assertThat(only(en, "trade_turnover").period()).isEqualTo("2024");
        Reading alone = ReaderFixtures.readFr("Les échanges entre le Kazakhstan et l'Ouzbékistan ont progressé de 9 % "
                + "par rapport à 2023.", "2025-05-10");
        assertThat(only(alone, "trade_growth").period()).isEqualTo("2024");
    }

    @Test
    void theDayAStatementWasMadeIsNotTheFiguresPeriod() {
        Reading r = ReaderFixtures.readEn("Trade between Turkey and Kazakhstan rose 6% last year to $6.3 billion, "
                + "officials said on Friday.", "2025-06-07");
        assertThat(only(r, "trade_turnover").period()).isEqualTo("2024");
    }

    @Test
    void aFigureAfterAForecastIsActualWhenAfterSaysSo() {
        Reading r = ReaderFixtures.readEn("Kazakhstan and Russia met. Bilateral trade is expected to exceed $30 billion "
                + "this year, after $27.8 billion in 2024.", "2025-10-10");
        Observation forecast = r.observations().stream().filter(o -> o.kind().equals("forecast")).findFirst()
                .orElseThrow();
        assertThat(forecast.value()).isEqualByComparingTo("30000000000");
        assertThat(forecast.period()).isEqualTo("2025");
        Observation actual = r.observations().stream().filter(o -> o.kind().equals("actual")).findFirst().orElseThrow();
        assertThat(actual.value()).isEqualByComparingTo("27800000000");
        assertThat(actual.period()).isEqualTo("2024");
    }

    @Test
    void aDateToldWithAFigureIsNotTheDayOfTheSigning() {
        Reading r = ReaderFixtures.readFr("Le président kazakh a été reçu dimanche par son homologue azerbaïdjanais. "
                + "Les échanges ont atteint "
                + "500 millions de dollars sur l'exercice clos le 31 mars. Les deux parties ont signé un mémorandum "
                + "sur le transport.", "2025-05-12");
        assertThat(r.agreements()).hasSize(1);
        assertThat(r.agreements().get(0).date()).isEqualTo("2025-05-11");
        assertThat(r.agreements().get(0).parties()).containsExactly("AZ", "KZ");
    }

    @Test
    void aListOfCountriesThatSignsIsEverySignatory() {
        Reading subject = ReaderFixtures.readFr("Le Kazakhstan, le Kirghizstan et le Tadjikistan ont signé jeudi un "
                + "accord sur l'énergie.", "2025-03-14");
        assertThat(subject.agreements()).hasSize(1);
        assertThat(subject.agreements().get(0).parties()).containsExactly("KG", "KZ", "TJ");
        Reading adjectives = ReaderFixtures.readFr("Réunis à Douchanbé, les présidents kazakh, ouzbek et tadjik ont "
                + "adopté une déclaration commune.", "2025-03-14");
        assertThat(adjectives.agreements().get(0).parties()).containsExactly("KZ", "TJ", "UZ");
        Reading agent = ReaderFixtures.readFr("Le sommet s'est achevé par une déclaration finale, signée par les "
                + "dirigeants de la Turquie, de l'Azerbaïdjan et du Kazakhstan.", "2025-03-14");
        assertThat(agent.agreements().get(0).parties()).containsExactly("AZ", "KZ", "TR");
        Reading dateline = ReaderFixtures.readEn("ASTANA — China, Kazakhstan and Uzbekistan signed a memorandum on "
                + "rail transit on Tuesday.", "2025-03-14");
        assertThat(dateline.agreements().get(0).parties()).containsExactly("CN", "KZ", "UZ");
    }

    @Test
    void theSubjectOfTheSigningOutweighsOtherCountriesOfTheSentence() {
        Reading pair = ReaderFixtures.readEn("Azerbaijan and Armenia met in Abu Dhabi. Separately, Japan and Armenia "
                + "signed a memorandum on energy, and Tokyo pledged aid to Azerbaijan.", "2025-03-14");
        assertThat(pair.agreements()).hasSize(1);
        assertThat(pair.agreements().get(0).parties()).containsExactly("AM", "JP");
        Reading with = ReaderFixtures.readEn("Tajikistan and Kyrgyzstan met in Moscow. The leaders of Tajikistan and "
                + "Kyrgyzstan signed a joint statement with Russian President Vladimir Putin.", "2025-03-14");
        assertThat(with.agreements().get(0).parties()).containsExactly("KG", "RU", "TJ");
        // "la visite du président russe, le Kazakhstan et l'Ouzbékistan": the list does not open the clause.
        Reading visit = ReaderFixtures.readFr("Lors de la visite du président russe, le Kazakhstan et l'Ouzbékistan "
                + "ont signé un accord sur l'eau.", "2025-03-14");
        assertThat(visit.agreements().get(0).parties()).containsExactly("KZ", "UZ");
    }

    @Test
    void theSameDocumentToldAgainIsOneDocument() {
        Reading r = ReaderFixtures.readEn("China, Kyrgyzstan and Uzbekistan signed an agreement on a railway on "
                + "Thursday. The agreement was signed in Beijing in the presence of the Chinese and Kyrgyz "
                + "presidents.", "2024-06-07");
        assertThat(r.agreements()).hasSize(1);
        assertThat(r.agreements().get(0).parties()).containsExactly("CN", "KG", "UZ");
    }

    @Test
    void documentsNotSignedOrSignedLongAgo() {
        Reading none = ReaderFixtures.readFr("Le Kazakhstan et la Russie ont discuté du nucléaire. Aucun contrat n'a "
                + "encore été signé.", "2024-10-08");
        assertThat(none.agreements()).isEmpty();
        Reading no = ReaderFixtures.readEn("Kazakhstan and Russia discussed nuclear power. No agreement was signed.",
                "2024-10-08");
        assertThat(no.agreements()).isEmpty();
        Reading later = ReaderFixtures.readEn("Kazakhstan and Russia met. A programme for 2026-2030 is to be adopted "
                + "next year.", "2025-10-10");
        assertThat(later.agreements()).isEmpty();
        Reading old = ReaderFixtures.readFr("Le Kirghizstan et la Turquie se sont rencontrés. Le président a rappelé "
                + "que l'accord de libre-échange conclu avec Ankara il y a plusieurs années restait peu utilisé.",
                "2024-11-08");
        assertThat(old.agreements()).isEmpty();
    }

    @Test
    void aBareYearInAnotherClauseIsNotTheSigningDate() {
        Reading r = ReaderFixtures.readEn("On the sidelines of the summit, the EU and Tajikistan signed a partnership "
                + "agreement, which replaces a 1998 framework.", "2025-04-05");
        assertThat(r.agreements()).hasSize(1);
        assertThat(r.agreements().get(0).date()).isEqualTo("2025-04");
        assertThat(r.agreements()).extracting(Agreement::parties).containsExactly(List.of("EU", "TJ"));
        Reading listed = ReaderFixtures.readEn("Brussels and Astana signed a memorandum on raw materials, batteries "
                + "and hydrogen in 2022.", "2025-04-05");
        assertThat(listed.agreements()).isEmpty();
    }

    @Test
    void aRoundAmountNamedByAnIdiom() {
        Pledge p = onlyPledge(ReaderFixtures.readFr("La Hongrie et le Kazakhstan veulent franchir le cap du milliard de "
                + "dollars d'échanges d'ici 2027.", "2025-10-16"));
        assertThat(p.targetValue()).isEqualByComparingTo("1000000000");
        assertThat(p.deadline()).isEqualTo("2027");
    }

    @Test
    void aDocumentThatNobodySigned() {
        Reading r = ReaderFixtures.readFr("Le Turkménistan et la Turquie ont inauguré un stade. Aucun accord de "
                + "diffusion n'a été signé avec des chaînes étrangères.", "2025-09-12");
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void eachDateOfARatificationFollowsItsOwnVerb() {
        Reading r = ReaderFixtures.readFr("Le Tadjikistan et l'Ouzbékistan ont tenu un sommet. Le Parlement tadjik "
                + "avait ratifié en juin l'accord sur la frontière, signé en 2024.", "2025-08-23");
        assertThat(r.agreements()).hasSize(1);
        Agreement a = r.agreements().get(0);
        assertThat(a.action()).isEqualTo("ratified");
        assertThat(a.date()).isEqualTo("2025-06");
        assertThat(a.signedOn()).isEqualTo("2024");
    }
}
