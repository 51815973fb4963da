package org.pledgewatch.extraction.reading.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.ArticleText;
import org.pledgewatch.extraction.reading.domain.ReaderFixtures;
import org.pledgewatch.extraction.reading.domain.Reading;

class LanguageDetectionTest {

    private static Reading read(String body, String language) {
        return ReaderFixtures.READER.read(new ArticleText(body, null, language, null));
    }

    @Test
    void detectsFrenchAndEnglishWhenUndeclared() {
        assertThat(read("Les échanges entre les deux pays ont atteint 1 milliard de dollars en 2023.", null).language())
                .isEqualTo("fr");
        assertThat(read("Trade between the two countries reached $1 billion in 2023, officials said.", null).language())
                .isEqualTo("en");
    }

    @Test
    void aLanguageTheReaderDoesNotReadYieldsNothing() {
        Reading r = read("Товарооборот между двумя странами достиг 4,1 млрд долларов.", null);
        assertThat(r.languageSupported()).isFalse();
        assertThat(r.observations()).isEmpty();
        Reading declared = read("Der Handel erreichte 2023 eine Milliarde Dollar.", "de");
        assertThat(declared.language()).isEqualTo("de");
        assertThat(declared.languageSupported()).isFalse();
    }

    @Test
    void declaredLanguageIsNormalised() {
        assertThat(read("Les échanges ont atteint 1 milliard de dollars.", "fr-FR").language()).isEqualTo("fr");
        assertThat(read("Trade reached $1 billion.", "EN").language()).isEqualTo("en");
    }
}
