package org.pledgewatch.extraction.reading.domain.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.Agreement;
import org.pledgewatch.extraction.reading.domain.Observation;
import org.pledgewatch.extraction.reading.domain.Pledge;
import org.pledgewatch.extraction.reading.domain.ReaderFixtures;
import org.pledgewatch.extraction.reading.domain.Reading;

/**
 * The general rules added after the second held-out evaluation (holdout-2, reader 1.2.0; see
 * extraction-service/README.md), one test each, in sentences of their own (not the held-out articles'). Reader 1.1.0
 * fails every one of them.
 */
class SecondHoldoutGeneralizationTest {

    private static final List<String> CENTRAL_ASIA = List.of("KG", "KZ", "TJ", "TM", "UZ");

    private static List<String> with(List<String> group, String... others) {
        return Stream.concat(group.stream(), Arrays.stream(others)).sorted().toList();
    }

    private static Agreement onlyAgreement(Reading r) {
        assertThat(r.agreements()).hasSize(1);
        return r.agreements().get(0);
    }

    private static Observation onlyObservation(Reading r) {
        assertThat(r.observations()).hasSize(1);
        return r.observations().get(0);
    }

    @Test
    void aGroupNamedAsOneIsEveryMember() {
        Agreement declaration = onlyAgreement(ReaderFixtures.readEn("Meeting in Samarkand on Friday, the European Union "
                + "and the five Central Asian states adopted a joint declaration on water and energy.", "2025-04-05"));
        assertThat(declaration.parties()).containsExactly("EU", "KG", "KZ", "TJ", "TM", "UZ");
        assertThat(declaration.action()).isEqualTo("adopted");

        Observation figure = onlyObservation(ReaderFixtures.readFr("Le commerce de la Chine avec les cinq pays d'Asie "
                + "centrale s'est élevé à 89 milliards de dollars l'an dernier.", "2025-06-10"));
        assertThat(figure.metric()).isEqualTo("trade_turnover");
        assertThat(figure.parties()).isEqualTo(with(CENTRAL_ASIA, "CN"));
        assertThat(figure.value()).isEqualByComparingTo("89000000000");
        assertThat(figure.period()).isEqualTo("2024");

        Agreement acronym = onlyAgreement(ReaderFixtures.readEn("Ministers of the C5 and Japan signed a memorandum on "
                + "critical minerals in Tokyo on Monday.", "2025-04-05"));
        assertThat(acronym.parties()).isEqualTo(with(CENTRAL_ASIA, "JP"));
    }

    @Test
    void aFormatNamedAfterAGroupIsNoPartyList() {
        // "C5+1" names a format of meetings, not its members: the signatories are the two countries named.
        Agreement format = onlyAgreement(ReaderFixtures.readEn("At a C5+1 meeting in Astana on Monday, Kazakhstan and "
                + "the United States signed a memorandum on rare earths.", "2025-04-05"));
        assertThat(format.parties()).containsExactly("KZ", "US");
        // ... while the group itself, "the C5", is its five members.
        Agreement group = onlyAgreement(ReaderFixtures.readEn("The C5+1 ministers met in Astana on Monday. There, the "
                + "C5 and the United States adopted a joint statement on critical minerals.", "2025-04-05"));
        assertThat(group.parties()).isEqualTo(with(CENTRAL_ASIA, "US"));
    }

    @Test
    void aGroupWhoseMembersAreNotNamedLeavesNoPairGuessed() {
        // The article's pair (Kazakhstan, the US) is not the partner of "trade with the region".
        Reading en = ReaderFixtures.readEn("Kazakhstan and the United States signed a memorandum on rare earths on "
                + "Monday. US trade with the region reached $4.2 billion in 2024.", "2025-04-05");
        assertThat(en.observations()).isEmpty();
        assertThat(onlyAgreement(en).parties()).containsExactly("KZ", "US");
        Reading fr = ReaderFixtures.readFr("Le Kazakhstan et les États-Unis ont signé lundi un mémorandum sur les terres "
                + "rares. Les échanges américains avec la région ont atteint 4,2 milliards de dollars en 2024.",
                "2025-04-05");
        assertThat(fr.observations()).isEmpty();
    }

    @Test
    void aFigureTheArticleRetractsIsNotReported() {
        Observation en = onlyObservation(ReaderFixtures.readEn("Trade between Azerbaijan and Kazakhstan reached $620 "
                + "million in the first half of 2025. Correction: An earlier version of this article misstated the "
                + "figure as $580 million.", "2025-08-01"));
        assertThat(en.value()).isEqualByComparingTo("620000000");
        assertThat(en.period()).isEqualTo("2025-01/2025-06");
        Observation fr = onlyObservation(ReaderFixtures.readFr("Les échanges entre l'Azerbaïdjan et le Kazakhstan ont "
                + "atteint 620 millions de dollars au premier semestre 2025. Rectificatif : une version précédente de "
                + "cet article indiquait par erreur 580 millions de dollars.", "2025-08-01"));
        assertThat(fr.value()).isEqualByComparingTo("620000000");
    }

    @Test
    void investingInTheFutureIsAPledge() {
        Reading en = ReaderFixtures.readEn("Japan will invest $2 billion in Kazakhstan by 2030, the Japanese prime "
                + "minister said in Astana.", "2025-04-05");
        assertThat(en.observations()).isEmpty();
        assertThat(en.pledges()).hasSize(1);
        Pledge p = en.pledges().get(0);
        assertThat(p.metric()).isEqualTo("investment");
        assertThat(p.parties()).containsExactly("JP", "KZ");
        assertThat(p.targetValue()).isEqualByComparingTo("2000000000");
        assertThat(p.targetUnit()).isEqualTo("USD");
        assertThat(p.deadline()).isEqualTo("2030");
        Reading fr = ReaderFixtures.readFr("Le Japon investira 2 milliards de dollars au Kazakhstan d'ici 2030, a "
                + "annoncé le Premier ministre japonais à Astana.", "2025-04-05");
        assertThat(fr.pledges()).extracting(Pledge::metric, Pledge::deadline)
                .containsExactly(tuple("investment", "2030"));
        // Investing done is a figure, not a pledge.
        Reading past = ReaderFixtures.readEn("Japanese companies have invested $8 billion in Kazakhstan since 2005.",
                "2025-04-05");
        assertThat(past.pledges()).isEmpty();
        assertThat(onlyObservation(past).metric()).isEqualTo("investment");
    }

    @Test
    void aSignOfSomethingIsNoSigning() {
        Reading en = ReaderFixtures.readEn("Diplomats described the new roadmap as a clear sign of the partnership "
                + "between South Korea and Uzbekistan.", "2025-04-05");
        assertThat(en.agreements()).isEmpty();
        Reading fr = ReaderFixtures.readFr("Les diplomates voient dans la nouvelle feuille de route un signe de "
                + "confiance entre la Corée du Sud et l'Ouzbékistan.", "2025-04-05");
        assertThat(fr.agreements()).isEmpty();
        // A real signing told with the same words is still one.
        Reading signed = ReaderFixtures.readEn("South Korea and Uzbekistan signed a roadmap on green energy on Monday, "
                + "a clear sign of the partnership.", "2025-04-05");
        assertThat(onlyAgreement(signed).parties()).containsExactly("KR", "UZ");
    }

    @Test
    void aFigureThatToppedAnAmountIsActualAndAboveIt() {
        Observation past = onlyObservation(ReaderFixtures.readEn("Trade between Kazakhstan and Türkiye topped $7 "
                + "billion in 2024, officials in Ankara said.", "2025-04-05"));
        assertThat(past.kind()).isEqualTo("actual");
        assertThat(past.qualifier()).isEqualTo("more_than");
        assertThat(past.value()).isEqualByComparingTo("7000000000");
        assertThat(past.period()).isEqualTo("2024");
        assertThat(past.parties()).containsExactly("KZ", "TR");
        Observation headline = onlyObservation(ReaderFixtures.readEn("Kazakhstan-China trade tops $40 billion as rail "
                + "freight grows", "2025-04-05"));
        assertThat(headline.kind()).isEqualTo("actual");
        assertThat(headline.qualifier()).isEqualTo("more_than");
    }

    @Test
    void aPercentageChangeAfterAVerbOfAimIsARelativeTarget() {
        for (String aim : List.of("veulent augmenter de 50 % leurs échanges", "veulent augmenter leurs échanges de 50 %",
                "visent à accroître de 50 % leurs échanges")) {
            Reading r = ReaderFixtures.readFr("Le Kazakhstan et la Hongrie se sont rencontrés à Budapest. Les deux pays "
                    + aim + " d'ici 2030.", "2025-04-05");
            assertThat(r.pledges()).as(aim).hasSize(1);
            Pledge p = r.pledges().get(0);
            assertThat(p.metric()).isEqualTo("trade_turnover");
            assertThat(p.parties()).containsExactly("HU", "KZ");
            assertThat(p.targetFactor()).isEqualByComparingTo("1.5");
            assertThat(p.deadline()).isEqualTo("2030");
            assertThat(r.observations()).as(aim).isEmpty();
        }
        Pledge en = ReaderFixtures.readEn("Kazakhstan and Hungary met in Budapest. The two countries aim to increase "
                + "trade by 50% by 2030.", "2025-04-05").pledges().get(0);
        assertThat(en.targetFactor()).isEqualByComparingTo("1.5");
        // A change that happened, or is forecast, stays a growth rate.
        Reading past = ReaderFixtures.readFr("Le Kazakhstan et la Hongrie se sont rencontrés à Budapest. Leurs échanges "
                + "ont augmenté de 12 % en 2024.", "2025-04-05");
        assertThat(past.pledges()).isEmpty();
        assertThat(onlyObservation(past).metric()).isEqualTo("trade_growth");
        Reading forecast = ReaderFixtures.readFr("Le Kazakhstan et la Hongrie se sont rencontrés à Budapest. Leurs "
                + "échanges devraient augmenter de 10 % cette année.", "2025-04-05");
        assertThat(forecast.pledges()).isEmpty();
        assertThat(onlyObservation(forecast).kind()).isEqualTo("forecast");
    }

    @Test
    void theParticipantsOfAMeetingAreItsCountries() {
        Agreement en = onlyAgreement(ReaderFixtures.readEn("The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan met "
                + "in Bishkek on Friday. The leaders adopted a joint declaration on water sharing.", "2025-04-05"));
        assertThat(en.parties()).containsExactly("KG", "KZ", "UZ");
        Agreement fr = onlyAgreement(ReaderFixtures.readFr("Les présidents du Kazakhstan, du Kirghizstan et de "
                + "l'Ouzbékistan se sont réunis vendredi à Bichkek. Les participants ont adopté une déclaration "
                + "commune sur le partage de l'eau.", "2025-04-05"));
        assertThat(fr.parties()).containsExactly("KG", "KZ", "UZ");
    }

    @Test
    void afterRanksOnlyAfterARank() {
        Observation en = onlyObservation(ReaderFixtures.readEn("Kazakhstan is Uzbekistan's third-largest trading "
                + "partner, after China and Russia, with trade of $4.4 billion in 2024.", "2025-04-05"));
        assertThat(en.parties()).containsExactly("KZ", "UZ");
        Observation fr = onlyObservation(ReaderFixtures.readFr("Le Kazakhstan est le troisième partenaire commercial de "
                + "l'Ouzbékistan, après la Chine et la Russie, avec 4,4 milliards de dollars d'échanges en 2024.",
                "2025-04-05"));
        assertThat(fr.parties()).containsExactly("KZ", "UZ");
        // "after" in time ranks nothing.
        Agreement time = onlyAgreement(ReaderFixtures.readEn("After the talks with Russia, Kazakhstan and Uzbekistan "
                + "signed an agreement on water.", "2025-04-05"));
        assertThat(time.parties()).containsExactly("KZ", "UZ");
    }
}
