package org.pledgewatch.ingest.article.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-256 of the article text after normalisation (Unicode NFKC, case, punctuation and whitespace), so that
 * the same story re-sent with other spacing, quotes or dashes is recognised as a duplicate.
 */
public final class ContentFingerprint {

    private ContentFingerprint() {
    }

    public static String of(String body) {
        String normalized = collapseSeparators(Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * Every run of punctuation, symbols and ASCII whitespace as one space, without the ones at either end: what
     * {@code replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip()} computes, in one pass. Stored
     * fingerprints depend on it staying exactly that (see ContentFingerprintTest).
     */
    static String collapseSeparators(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isSeparator(codePoint)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(codePoint);
        }
        if (pendingSpace) {
            out.append(' ');
        }
        return out.toString().strip();
    }

    private static boolean isSeparator(int codePoint) {
        switch (codePoint) {
            case ' ', '\t', '\n', 0x0B, '\f', '\r':
                return true;
            default:
                break;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
