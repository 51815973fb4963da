package org.pledgewatch.ingest.article.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    @Test
    void spacingCaseQuotesAndDashesDoNotMakeANewArticle() {
        assertThat(ContentFingerprint.of("Le sommet — « historique », a dit   le président."))
                .isEqualTo(ContentFingerprint.of("le sommet - \"historique\", a dit le président"));
    }

    @Test
    void aChangedFigureDoes() {
        assertThat(ContentFingerprint.of("Trade reached 1.7 billion dollars."))
                .isNotEqualTo(ContentFingerprint.of("Trade reached 1.8 billion dollars."));
    }

    /** The one-pass collapse must stay what the regular expressions computed: stored fingerprints depend on it. */
    @Test
    void theOnePassCollapseIsExactlyTheRegularExpressionsItReplaced() {
        String alphabet = "aZé9 \t\n\u000B\f\r.,;:!?-–—«»\"'()[]{}/\\@#%&*_+=<>|~^`$€£¥©®°§¶•…\u00A0\u2028\u2029\u3000"
                + "\u200B\u0301\u05D0\u4E2D\uD83D\uDE00\u001C\u0085";
        SplittableRandom random = new SplittableRandom(20261122);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            String expected = input.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
            assertThat(ContentFingerprint.collapseSeparators(input)).as("collapse of %s", escape(input))
                    .isEqualTo(expected);
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
        return out.toString();
    }
}
