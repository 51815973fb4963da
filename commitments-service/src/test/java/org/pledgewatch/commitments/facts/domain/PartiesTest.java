package org.pledgewatch.commitments.facts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class PartiesTest {

    @Test
    void theSameCountriesInAnyOrderOrCaseAreOneSetOfParties() {
        Parties written = new Parties(Arrays.asList("kz", " KG", "KZ", null, ""));

        assertThat(written.codes()).containsExactly("KG", "KZ");
        assertThat(written.key()).isEqualTo("KG-KZ");
        assertThat(written).isEqualTo(Parties.parse("KG-KZ")).hasSameHashCodeAs(Parties.parse("KG-KZ"));
        assertThat(written).isNotEqualTo(Parties.parse("KG-RU"));
    }

    @Test
    void parsingAStoredKeyGivesBackTheSameParties() {
        Parties parties = Parties.of(List.of("UZ", "KZ", "TJ"));

        assertThat(Parties.parse(parties.key())).isEqualTo(parties);
        assertThat(Parties.parse(parties.key()).codes()).containsExactly("KZ", "TJ", "UZ");
        assertThat(Parties.parse(null).key()).isEmpty();
        assertThat(Parties.parse(" ")).isEqualTo(Parties.of(List.of()));
    }
}
