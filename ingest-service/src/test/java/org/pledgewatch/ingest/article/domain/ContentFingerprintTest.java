package org.pledgewatch.ingest.article.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
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

    /** Digests computed by the step-by-step implementation, as articles stored before were fingerprinted. */
    @Test
    void knownTextsKeepTheirFingerprints() {
        assertThat(ContentFingerprint.of("Le sommet — « historique », a dit   le président."))
                .isEqualTo("5b627771308bc8a4ab76834b48209c9070203486a1124d8537054ad05c211cf1");
        assertThat(ContentFingerprint.of("  İSTANBUL: Σ-ΟΣ ﬁnal ①\u2028"))
                .isEqualTo("b6b271c05bb1b204fabfe307c50af4608c402a07cd6fbfe03dec1ba40dc813d2");
    }

    /**
     * The one-pass digest must stay what the steps it replaced computed (NFKC, lower case, the regular expressions,
     * strip, UTF-8): stored fingerprints depend on it.
     */
    @Test
    void theOnePassDigestIsExactlyTheStepsItReplaced() {
        String alphabet = "aZé9 \t\n\u000B\f\r.,;:!?-–—«»\"'()[]{}/\\@#%&*_+=<>|~^`$€£¥©®°§¶•…\u00A0\u2028\u2029\u3000"
                + "\u200B\u0301\u05D0\u4E2D\uD83D\uDE00\u001C\u0085\u1680\u2003İΣßǄＡﬁ①℃\uD800\uDC00ÉÀ";
        SplittableRandom random = new SplittableRandom(20261207);
        for (int sample = 0; sample < 20_000; sample++) {
            String input = randomText(random, alphabet, 24);
            assertThat(ContentFingerprint.of(input)).as("fingerprint of %s", escape(input)).isEqualTo(reference(input));
        }
    }

    /** Chunk by chunk, as long articles are digested, the text comes out as it would whole, wherever chunks end. */
    @Test
    void chunksEndingAnywhereBeforeASpaceDigestAsTheWholeText() {
        String alphabet = "aZé9  \t\n.,«»\"'-\u00A0\u0301\u0308\u0345ΣσςİßＡﬁ①¨´\uD83D\uDE00\u1100\u1161\u11A8ÉÀ";
        SplittableRandom random = new SplittableRandom(20261207);
        for (int sample = 0; sample < 20_000; sample++) {
            String input = randomText(random, alphabet, 40);
            int chunkChars = 1 + random.nextInt(6);
            assertThat(ContentFingerprint.of(input, chunkChars))
                    .as("fingerprint of %s in chunks of %d", escape(input), chunkChars).isEqualTo(reference(input));
        }
    }

    /** Up to {@code maxLength - 1} characters drawn from {@code alphabet}, surrogate halves alone included. */
    private static String randomText(SplittableRandom random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String reference(String body) {
        String collapsed = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(collapsed.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
        return out.toString();
    }
}
