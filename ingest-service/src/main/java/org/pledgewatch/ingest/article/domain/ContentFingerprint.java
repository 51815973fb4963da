package org.pledgewatch.ingest.article.domain;

import java.nio.CharBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-256 of the article text after normalisation (Unicode NFKC, case, punctuation and whitespace), so that
 * the same story re-sent with other spacing, quotes or dashes is recognised as a duplicate.
 *
 * <p>Stored fingerprints depend on the text digested staying exactly what this computed when it was written in
 * steps: {@code Normalizer.normalize(body, NFKC).toLowerCase(Locale.ROOT)}, then every run of punctuation, symbols
 * and whitespace as one space ({@code replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ")}), then
 * {@code strip()}, as UTF-8 (see ContentFingerprintTest). After the case, the rest goes straight into the digest
 * in one pass, without a copy of the text per step: this ran for every article and was a sixth of ingest's
 * allocation.
 */
public final class ContentFingerprint {

    private ContentFingerprint() {
    }

    /** Characters normalised at once, about: see {@link #of(String, int)}. */
    private static final int CHUNK_CHARS = 512;

    public static String of(String body) {
        return of(body, CHUNK_CHARS);
    }

    /**
     * The text is normalised and lower-cased a chunk at a time, each chunk ending before an ASCII space at or after
     * {@code chunkChars} characters: a space is a starter that composes with nothing on either side and that no
     * lower-casing context crosses, so the chunks come out as the whole text would, without copies of the whole
     * text (normalising whole articles was a sixth of ingest's allocation), and chunks already normalised, most of
     * them, are not normalised again.
     */
    static String of(String body, int chunkChars) {
        MessageDigest digest = sha256();
        CollapsedUtf8 out = new CollapsedUtf8(digest);
        int start = 0;
        while (start < body.length()) {
            int space = body.indexOf(' ', start + chunkChars);
            int end = space < 0 ? body.length() : space;
            out.write(normalisedLowerCase(body, start, end));
            start = end;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String normalisedLowerCase(String body, int start, int end) {
        CharSequence chunk = CharBuffer.wrap(body, start, end);
        String normalised = Normalizer.isNormalized(chunk, Normalizer.Form.NFKC) ? body.substring(start, end)
                : Normalizer.normalize(chunk, Normalizer.Form.NFKC);
        return normalised.toLowerCase(Locale.ROOT);
    }

    /**
     * Writes text to a digest as UTF-8, each run of separators (see {@link #isSeparator}) as one space, without the
     * whitespace at either end. Whitespace is held back until something else follows it, which is how the end is
     * left out; an unpaired surrogate is written as {@code ?}, as {@link String#getBytes} writes it. ASCII, most of
     * any article, takes a short path.
     */
    private static final class CollapsedUtf8 {

        private final MessageDigest digest;
        private final byte[] buffer = new byte[1024];
        private int length;
        private boolean started;
        private boolean pendingSeparator;
        /** Whitespace written since the last other code point, not yet known to be inside the text. */
        private int[] pendingWhitespace = new int[8];
        private int pending;

        CollapsedUtf8(MessageDigest digest) {
            this.digest = digest;
        }

        void write(String text) {
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80 && !ASCII_SEPARATOR[c]) {
                    separateIfPending();
                    if (c >= 0x1C && c <= 0x1F) {
                        holdWhitespace(c);
                    } else {
                        writeOther();
                        if (length == buffer.length) {
                            flush();
                        }
                        buffer[length++] = (byte) c;
                    }
                    continue;
                }
                int codePoint = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    codePoint = Character.toCodePoint(c, text.charAt(++i));
                }
                if (isSeparator(codePoint)) {
                    pendingSeparator = true;
                } else {
                    separateIfPending();
                    if (Character.isWhitespace(codePoint)) {
                        holdWhitespace(codePoint);
                    } else {
                        writeOther();
                        encode(codePoint);
                    }
                }
            }
            flush();
        }

        private void separateIfPending() {
            if (pendingSeparator) {
                pendingSeparator = false;
                holdWhitespace(' ');
            }
        }

        private void holdWhitespace(int codePoint) {
            if (!started) {
                return;
            }
            if (pending == pendingWhitespace.length) {
                pendingWhitespace = Arrays.copyOf(pendingWhitespace, pending * 2);
            }
            pendingWhitespace[pending++] = codePoint;
        }

        /** Something other than whitespace comes: the whitespace held before it is inside the text. */
        private void writeOther() {
            started = true;
            for (int i = 0; i < pending; i++) {
                encode(pendingWhitespace[i]);
            }
            pending = 0;
        }

        private void encode(int codePoint) {
            if (length > buffer.length - 4) {
                flush();
            }
            if (codePoint < 0x80) {
                buffer[length++] = (byte) codePoint;
            } else if (codePoint < 0x800) {
                buffer[length++] = (byte) (0xC0 | codePoint >> 6);
                buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (codePoint <= 0xFFFF && Character.isSurrogate((char) codePoint)) {
                buffer[length++] = '?';
            } else if (codePoint < 0x10000) {
                buffer[length++] = (byte) (0xE0 | codePoint >> 12);
                buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                buffer[length++] = (byte) (0xF0 | codePoint >> 18);
                buffer[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
            }
        }

        private void flush() {
            digest.update(buffer, 0, length);
            length = 0;
        }
    }

    private static final boolean[] ASCII_SEPARATOR = new boolean[0x80];

    static {
        for (int c = 0; c < ASCII_SEPARATOR.length; c++) {
            ASCII_SEPARATOR[c] = isSeparator(c);
        }
    }

    /** Punctuation, symbols and ASCII whitespace: what {@code [\p{P}\p{S}]} and {@code \s} match. */
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
