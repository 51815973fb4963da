package org.pledgewatch.extraction.reading.domain.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.text.TextNormalizer;

class LexiconResourcesTest {

    @Test
    void bothLanguagesLoadAndEveryCodeIsKnown() {
        for (String language : List.of("fr", "en")) {
            Lexicon lexicon = Lexicon.load(language);
            assertThat(lexicon.termCount()).isGreaterThan(1000);
            assertThat(lexicon.countryCodes()).contains("KZ", "KG", "UZ", "TJ", "TM", "RU", "CN", "TR", "US", "EU",
                    "IN", "IR", "AF", "PK", "KR", "JP", "AE", "SA");
        }
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        Lexicon en = Lexicon.load("en");
        assertThat(en.find(TextNormalizer.normalize("Talks between the US and the EU")))
                .filteredOn(m -> m.kind() == TermKind.COUNTRY).extracting(Mention::value).containsExactly("US", "EU");
        assertThat(en.find(TextNormalizer.normalize("let us go")))
                .filteredOn(m -> m.kind() == TermKind.COUNTRY).isEmpty();
    }

    @Test
    void longestTermWins() {
        Lexicon fr = Lexicon.load("fr");
        assertThat(fr.find(TextNormalizer.normalize("un protocole d'accord sur le plan politique")))
                .filteredOn(m -> m.kind() == TermKind.AGREEMENT).extracting(Mention::value)
                .containsExactly("memorandum", "-");
    }
}
