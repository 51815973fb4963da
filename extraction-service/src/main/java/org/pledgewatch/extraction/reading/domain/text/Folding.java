package org.pledgewatch.extraction.reading.domain.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds characters so that grammars and gazetteers see one spelling of each word: lower case, no accents,
 * one apostrophe, one dash, one space, one double quote. Most characters fold to exactly one character, which
 * keeps the map from folded to original offsets simple; a few fold to two ("œ" to "oe") or to nothing (soft
 * hyphens, zero-width spaces, stray combining marks).
 */
public final class Folding {

    /** Marks a character that folds to nothing. */
    private static final char DROP = '\uFFFF';
    /** Marks a character that folds to several characters, found in {@link #MULTI}. */
    private static final char SEVERAL = '\uFFFE';
    private static final int TABLE_SIZE = 0x3000;
    private static final char[] SINGLE = new char[TABLE_SIZE];
    private static final String[] MULTI = new String[TABLE_SIZE];
    /** Folded text is nearly all ASCII: its word characters from a table rather than Unicode's. */
    private static final int ASCII = 128;
    private static final boolean[] ASCII_WORD_CHARS = new boolean[ASCII];
    /** What {@link #singleFold} returns for a character that does not fold to exactly one character. */
    public static final char NOT_SINGLE = SEVERAL;

    static {
        for (int c = 0; c < ASCII; c++) {
            ASCII_WORD_CHARS[c] = Character.isLetterOrDigit((char) c);
        }
        for (int c = 0; c < TABLE_SIZE; c++) {
            String folded = computeFold((char) c);
            if (folded.isEmpty()) {
                SINGLE[c] = DROP;
            } else if (folded.length() == 1) {
                SINGLE[c] = folded.charAt(0);
            } else {
                SINGLE[c] = SEVERAL;
                MULTI[c] = folded;
            }
        }
    }

    private Folding() {
    }

    private static String computeFold(char c) {
        switch (c) {
            case '\n', '\u2028', '\u2029', '\u0085', '\r':
                return "\n";
            case '\t', '\u000B', '\u000C', '\u00A0', '\u1680', '\u202F', '\u205F':
                return " ";
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060':
                return "";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2E3A', '\u2E3B':
                return "-";
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u02B9', '\u0060', '\u00B4':
                return "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u2039', '\u203A':
                return "\"";
            case '\u0153':
                return "oe";
            case '\u0152':
                return "oe";
            case '\u00E6', '\u00C6':
                return "ae";
            case '\u00DF':
                return "ss";
            case '\u00F8', '\u00D8':
                return "o";
            case '\u0111', '\u0110':
                return "d";
            case '\u0142', '\u0141':
                return "l";
            case '\u0131':
                return "i";
            default:
                break;
        }
        if (c >= '\u2000' && c <= '\u200A') {
            return " ";
        }
        if (c < 0x20) {
            return " ";
        }
        if (Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return "";
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int t = Character.getType(d);
            if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK
                    && t != Character.COMBINING_SPACING_MARK) {
                out.append(d);
            }
        }
        String lower = out.toString().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return String.valueOf(Character.toLowerCase(c));
        }
        if (lower.length() == 1) {
            char only = lower.charAt(0);
            // The decomposition of some characters yields a space or dash variant: fold those too.
            if (only != c) {
                String again = computeFoldSimple(only);
                if (again != null) {
                    return again;
                }
            }
        }
        return lower;
    }

    private static String computeFoldSimple(char c) {
        return switch (c) {
            case '\u2010', '\u2011' -> "-";
            case '\u00A0' -> " ";
            default -> null;
        };
    }

    /**
     * The fold of {@code c} when it is exactly one character (the common case, looked up in a table), else
     * {@link #NOT_SINGLE}: then {@link #appendFolded} says what it folds to.
     */
    public static char singleFold(char c) {
        if (c < TABLE_SIZE) {
            char f = SINGLE[c];
            return f == DROP ? NOT_SINGLE : f;
        }
        return NOT_SINGLE;
    }

    /**
     * Appends the fold of {@code c} to {@code out}.
     *
     * @return how many characters were appended (0, 1 or more)
     */
    public static int appendFolded(char c, StringBuilder out) {
        if (c < TABLE_SIZE) {
            char f = SINGLE[c];
            if (f == DROP) {
                return 0;
            }
            if (f == SEVERAL) {
                out.append(MULTI[c]);
                return MULTI[c].length();
            }
            out.append(f);
            return 1;
        }
        if (Character.isSurrogate(c)) {
            out.append(c);
            return 1;
        }
        if (c == '\uFEFF') {
            return 0;
        }
        if (c == '\u3000') {
            out.append(' ');
            return 1;
        }
        if (c >= '\uFE58' && c <= '\uFF0D' && (c == '\uFE58' || c == '\uFE63' || c == '\uFF0D')) {
            out.append('-');
            return 1;
        }
        out.append(Character.toLowerCase(c));
        return 1;
    }

    /** Folds a whole phrase (a gazetteer term), with runs of spaces collapsed to one and no outer spaces. */
    public static String fold(String phrase) {
        StringBuilder raw = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            appendFolded(phrase.charAt(i), raw);
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\n') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    public static boolean isWordChar(char c) {
        return c < ASCII ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
    }
}
