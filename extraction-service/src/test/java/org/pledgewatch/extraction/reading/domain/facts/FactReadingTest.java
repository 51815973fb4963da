package org.pledgewatch.extraction.reading.domain.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.Agreement;
import org.pledgewatch.extraction.reading.domain.Observation;
import org.pledgewatch.extraction.reading.domain.Pledge;
import org.pledgewatch.extraction.reading.domain.ReaderFixtures;
import org.pledgewatch.extraction.reading.domain.Reading;

class FactReadingTest {

    private static final String KZ_KG = "Le Kazakhstan et le Kirghizstan ont tenu un sommet. ";

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
    void absoluteTargetsWithAndWithoutDeadline() {
        Pledge p = onlyPledge(ReaderFixtures.readFr(KZ_KG + "« Ces projets permettront de porter le volume des échanges "
                + "à 3 milliards de dollars d'ici 2030 », a déclaré Sadyr Japarov.", "2025-08-25"));
        assertThat(p.metric()).isEqualTo("trade_turnover");
        assertThat(p.parties()).containsExactly("KG", "KZ");
        assertThat(p.targetValue()).isEqualByComparingTo("3000000000");
        assertThat(p.targetUnit()).isEqualTo("USD");
        assertThat(p.deadline()).isEqualTo("2030");
        assertThat(p.statedBy()).isEqualTo("Sadyr Japarov");

        Pledge vague = onlyPledge(ReaderFixtures.readFr(KZ_KG + "Les deux États ambitionnent de porter le commerce à "
                + "sept milliards de dollars à moyen terme.", "2025-08-25"));
        assertThat(vague.targetValue()).isEqualByComparingTo("7000000000");
        assertThat(vague.deadline()).isNull();

        Pledge english = onlyPledge(ReaderFixtures.readEn("Kazakhstan and China agreed to bring trade to $10 billion "
                + "by 2030.", "2025-01-10"));
        assertThat(english.parties()).containsExactly("CN", "KZ");
        assertThat(english.deadline()).isEqualTo("2030");
    }

    @Test
    void relativeTargetIsResolvedAgainstTheLatestLevel() {
        Pledge p = onlyPledge(ReaderFixtures.readFr("Le commerce entre la Chine et le Kazakhstan a atteint 43,8 milliards "
                + "de dollars en 2024. Les deux gouvernements veulent doubler les échanges d'ici 2030.", "2025-02-01"));
        assertThat(p.targetFactor()).isEqualByComparingTo("2");
        assertThat(p.targetValue()).isEqualByComparingTo("87600000000");
        assertThat(p.deadline()).isEqualTo("2030");
    }

    @Test
    void levelsGrowthRatesAndForecasts() {
        Reading r = ReaderFixtures.readFr("M. Poutine a reçu M. Japarov. L'année dernière, le commerce bilatéral a "
                + "augmenté de 13,6 % pour atteindre 4,1 milliards de dollars. Il devrait approcher 4,5 milliards en "
                + "2025.", "2025-11-27");
        Observation level = r.observations().stream()
                .filter(o -> o.metric().equals("trade_turnover") && o.kind().equals("actual")).findFirst().orElseThrow();
        assertThat(level.value()).isEqualByComparingTo("4100000000");
        assertThat(level.period()).isEqualTo("2024");
        Observation growth = only(r, "trade_growth");
        assertThat(growth.unit()).isEqualTo("%");
        assertThat(growth.value()).isEqualByComparingTo("13.6");
        Observation forecast = r.observations().stream().filter(o -> o.kind().equals("forecast")).findFirst()
                .orElseThrow();
        assertThat(forecast.value()).isEqualByComparingTo("4500000000");
        assertThat(forecast.period()).isEqualTo("2025");
        assertThat(forecast.qualifier()).isEqualTo("approx");
    }

    @Test
    void twoFiguresOfOneSentenceKeepTheirOwnPeriods() {
        Reading r = ReaderFixtures.readFr(KZ_KG + "Les échanges ont atteint 1,9 milliard de dollars en 2022, et déjà plus "
                + "de 700 millions au premier trimestre 2023.", "2023-05-01");
        assertThat(r.observations()).extracting(Observation::period).containsExactly("2022", "2023-01/2023-03");
        assertThat(r.observations().get(1).qualifier()).isEqualTo("more_than");
        assertThat(r.observations().get(1).unit()).isEqualTo("USD");
    }

    @Test
    void partOfYearPeriodsAndCumulativeInvestment() {
        Reading r = ReaderFixtures.readFr(KZ_KG + "Les échanges ont atteint 2 315 millions de dollars sur la période "
                + "janvier-septembre 2021. Le Kazakhstan a investi au total 1,3 milliard de dollars depuis 2005.",
                "2021-11-01");
        assertThat(only(r, "trade_turnover").period()).isEqualTo("2021-01/2021-09");
        assertThat(only(r, "investment").period()).isEqualTo("2005/..");
    }

    @Test
    void whatIsNotBilateralTrade() {
        Reading r = ReaderFixtures.readFr(KZ_KG + "Les exportations kazakhes ont atteint 1,1 milliard de dollars. Des "
                + "contrats d'une valeur de 500 millions de dollars ont été signés. Plus de 2 500 entreprises sont "
                + "présentes et la population atteint 7 millions d'habitants.", "2025-01-01");
        assertThat(r.observations()).noneMatch(o -> o.metric().equals("trade_turnover"));
        assertThat(only(r, "exports").value()).isEqualByComparingTo("1100000000");
        assertThat(only(r, "contract_value").value()).isEqualByComparingTo("500000000");
    }

    @Test
    void aSectorFigureCarriesItsSector() {
        Reading r = ReaderFixtures.readFr(KZ_KG + "Le commerce de produits agricoles a atteint 300 millions de dollars "
                + "en 2023.", "2024-04-01");
        assertThat(only(r, "trade_turnover").sector()).isEqualTo("agriculture");
    }

    @Test
    void aThirdCountryProposalIsNotThePairsPledge() {
        Reading r = ReaderFixtures.readFr(KZ_KG + "La Turquie a proposé de porter les échanges entre les trois pays à "
                + "5 milliards de dollars d'ici 2030.", "2025-09-01");
        assertThat(r.pledges()).isEmpty();
    }

    @Test
    void culturalExchangesAndFestivalsAreNoFacts() {
        Reading r = ReaderFixtures.readFr(KZ_KG + "Les échanges culturels se sont intensifiés : un festival a réuni plus "
                + "de 15 000 visiteurs et le programme d'échanges universitaires accueille 200 étudiants.", "2025-06-01");
        assertThat(r.pledges()).isEmpty();
        assertThat(r.observations()).isEmpty();
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void listsOfSignedDocuments() {
        Reading r = ReaderFixtures.readFr("Le sommet kazakho-kirghize s'est tenu le 21 août 2025 à Bichkek. Les "
                + "présidents ont adopté un plan de coopération 2025‑2027, accompagné d'une déclaration conjointe. "
                + "Un protocole modifiant l'accord de 2003 sur la frontière a été signé. Deux protocoles d'accord "
                + "dans le domaine douanier complètent l'ensemble.", "2025-08-25");
        assertThat(r.agreements()).extracting(Agreement::type)
                .containsExactly("plan", "declaration", "protocol", "memorandum");
        assertThat(r.agreements()).extracting(Agreement::action).containsExactly("adopted", "adopted", "signed", "signed");
        assertThat(r.agreements()).allSatisfy(a -> {
            assertThat(a.date()).isEqualTo("2025-08-21");
            assertThat(a.place()).isEqualTo("Bishkek");
            assertThat(a.parties()).containsExactly("KG", "KZ");
        });
    }

    @Test
    void ratificationKeepsWhenTheDocumentWasSigned() {
        Reading r = ReaderFixtures.readFr("Le parlement kirghize a ratifié le traité entre le Kirghizstan et "
                + "l'Ouzbékistan. Le document avait été signé le 26 janvier 2023 à Tachkent.", "2025-04-03");
        assertThat(r.agreements()).hasSize(1);
        Agreement a = r.agreements().get(0);
        assertThat(a.action()).isEqualTo("ratified");
        assertThat(a.signedOn()).isEqualTo("2023-01-26");
        assertThat(a.date()).isEqualTo("2025-04");
    }

    @Test
    void documentsOnlyMentionedOrStillToBeSignedAreNotSignings() {
        Reading r = ReaderFixtures.readFr(KZ_KG + "L'accord de 2003 reste en vigueur. Un accord sur l'eau sera signé "
                + "l'an prochain. Les accords précédents de 1997 ont été respectés.", "2025-01-01");
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void englishSigningsAndDocumentNamedBeforeItsSigning() {
        Reading r = ReaderFixtures.readEn("Kazakhstan and India held talks in New Delhi. The ministers discussed a "
                + "memorandum of understanding on critical minerals. The document was signed on June 10, 2025.",
                "2025-06-11");
        assertThat(r.agreements()).hasSize(1);
        assertThat(r.agreements().get(0).type()).isEqualTo("memorandum");
        assertThat(r.agreements().get(0).date()).isEqualTo("2025-06-10");
    }

    @Test
    void evidenceQuotesTheBodyExactly() {
        String body = "<p>Les échanges entre le Kazakhstan et le Kirghizstan ont atteint 1,7&nbsp;milliard de "
                + "dollars en 2024.</p>";
        Reading r = ReaderFixtures.readFr(body, "2025-01-01");
        Observation o = only(r, "trade_turnover");
        assertThat(body.substring(o.evidence().start(), o.evidence().end())).isEqualTo(o.evidence().quote());
        assertThat(o.evidence().quote()).contains("1,7&nbsp;milliard");
        assertThat(o.confidence()).isBetween(0.0, 1.0);
    }
}
