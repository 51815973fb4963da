package org.pledgewatch.extraction.reading.domain.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.Observation;
import org.pledgewatch.extraction.reading.domain.ReaderFixtures;
import org.pledgewatch.extraction.reading.domain.Reading;

class PartyResolutionTest {

    private static List<String> partiesOfOnlyTrade(Reading r) {
        List<Observation> trade = r.observations().stream().filter(o -> o.metric().equals("trade_turnover")).toList();
        assertThat(trade).hasSize(1);
        return trade.get(0).parties();
    }

    @Test
    void everyNameOfACountryCounts() {
        for (String kg : new String[] {"le Kirghizstan", "le Kirghizistan", "la République kirghize", "Bichkek"}) {
            Reading r = ReaderFixtures.readFr("Les échanges entre le Kazakhstan et " + kg
                    + " ont atteint 1,2 milliard de dollars en 2023.", "2024-06-01");
            assertThat(partiesOfOnlyTrade(r)).as(kg).containsExactly("KG", "KZ");
        }
        Reading adjectives = ReaderFixtures.readFr("Le commerce turco-ouzbek a atteint 3,4 milliards de dollars en 2024.",
                "2025-03-01");
        assertThat(partiesOfOnlyTrade(adjectives)).containsExactly("TR", "UZ");
        Reading english = ReaderFixtures.readEn("Trade between the Kyrgyz Republic and Kazakhstan reached $1.2 billion "
                + "in 2023.", "2024-06-01");
        assertThat(partiesOfOnlyTrade(english)).containsExactly("KG", "KZ");
    }

    @Test
    void leadersStandForTheirCountries() {
        Reading r = ReaderFixtures.readFr("Vladimir Poutine et Sadyr Japarov se sont rencontrés. Le commerce bilatéral "
                + "a atteint 4,1 milliards de dollars l'an dernier.", "2025-11-27");
        assertThat(partiesOfOnlyTrade(r)).containsExactly("KG", "RU");
    }

    @Test
    void theTwoCountriesAreThePairNamedBefore() {
        Reading r = ReaderFixtures.readFr("Le Kazakhstan et l'Inde ont tenu leur commission. Les échanges des deux "
                + "pays ont atteint 1,5 milliard de dollars en 2023, grâce au corridor qui relie l'Inde à l'Iran.", "2024-06-01");
        assertThat(partiesOfOnlyTrade(r)).containsExactly("IN", "KZ");
    }

    @Test
    void eachFigureOfAListHasItsOwnPartner() {
        Reading r = ReaderFixtures.readEn("Uzbekistan's foreign trade grew. Trade with China reached $13.7 billion in "
                + "2024, with Russia $11.6 billion and with Kazakhstan $4.4 billion.", "2025-01-20");
        assertThat(r.observations()).extracting(Observation::parties)
                .containsExactly(List.of("CN", "UZ"), List.of("RU", "UZ"), List.of("KZ", "UZ"));
    }

    @Test
    void aCityAfterAPrepositionIsOnlyAPlace() {
        Reading r = ReaderFixtures.readFr("Réunis à Tachkent, les ministres du Kazakhstan et de la Chine ont signé un "
                + "accord sur le transit.", "2025-03-01");
        assertThat(r.agreements()).hasSize(1);
        assertThat(r.agreements().get(0).parties()).containsExactly("CN", "KZ");
        assertThat(r.agreements().get(0).place()).isEqualTo("Tashkent");
    }

    @Test
    void aCountryNamedToRankAnotherIsNoPartyUnlessTheFigureIsItsOwn() {
        // The figure is the subject's: Russia is only the yardstick.
        Reading subject = ReaderFixtures.readFr("La Turquie est devenue le troisième partenaire commercial de "
                + "l'Ouzbékistan, derrière la Russie, avec 3,4 milliards de dollars d'échanges en 2024.",
                "2025-03-01");
        assertThat(partiesOfOnlyTrade(subject)).containsExactly("TR", "UZ");
        // The figure follows the ranked country: it is that country's, with the country whose partners are ranked.
        Reading attached = ReaderFixtures.readEn("Kazakhstan was Kyrgyzstan's second-largest trading partner last "
                + "year at $1.9 billion, behind China at $3.5 billion.", "2025-03-01");
        assertThat(attached.observations()).extracting(Observation::parties)
                .containsExactly(List.of("KG", "KZ"), List.of("CN", "KG"));
        Reading relative = ReaderFixtures.readFr("Le Kazakhstan reste le deuxième partenaire commercial de "
                + "Bichkek, devant la Turquie, avec laquelle les échanges ont atteint 1,1 milliard de dollars en 2024.",
                "2025-03-01");
        assertThat(partiesOfOnlyTrade(relative)).containsExactly("KG", "TR");
    }

    @Test
    void aCountryCrossedOnTheWayIsNoParty() {
        Reading r = ReaderFixtures.readEn("Kazakhstan and Pakistan held talks. The leaders discussed routes through "
                + "Afghanistan and Uzbekistan. A memorandum on transit was signed.", "2025-03-01");
        assertThat(r.agreements()).hasSize(1);
        assertThat(r.agreements().get(0).parties()).containsExactly("KZ", "PK");
    }
}
