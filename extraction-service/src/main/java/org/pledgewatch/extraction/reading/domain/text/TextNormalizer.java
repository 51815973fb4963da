package org.pledgewatch.extraction.reading.domain.text;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Turns a body (plain text or an HTML fragment) into a {@link NormalizedText}. Markup is dropped but every
 * kept character remembers its position in the body. Runs of spaces collapse to one, runs of line breaks to one
 * line break: a line is a paragraph, a heading or a caption. Works in one pass, in linear time, on any input.
 */
public final class TextNormalizer {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "td", "th", "table", "section", "article", "header", "blockquote", "figure", "hr",
            "dd", "dt", "dl", "main", "body", "html", "head", "title", "pre", "caption", "tbody", "thead");
    /** Elements whose content is never article text: scripts, navigation, page furniture, photo captions. */
    private static final Set<String> SKIPPED_CONTENT = Set.of("script", "style", "noscript", "template", "nav",
            "footer", "aside", "iframe", "svg", "button", "form", "select", "figcaption", "object", "head");
    private static final Set<String> KNOWN_TAGS;
    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", '\u00A0'), Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'),
            Map.entry("quot", '"'), Map.entry("apos", '\''), Map.entry("laquo", '\u00AB'),
            Map.entry("raquo", '\u00BB'), Map.entry("rsquo", '\u2019'), Map.entry("lsquo", '\u2018'),
            Map.entry("ldquo", '\u201C'), Map.entry("rdquo", '\u201D'), Map.entry("ndash", '\u2013'),
            Map.entry("mdash", '\u2014'), Map.entry("hellip", '\u2026'), Map.entry("thinsp", '\u2009'),
            Map.entry("ensp", '\u2002'), Map.entry("emsp", '\u2003'), Map.entry("euro", '\u20AC'),
            Map.entry("eacute", '\u00E9'), Map.entry("egrave", '\u00E8'), Map.entry("ecirc", '\u00EA'),
            Map.entry("euml", '\u00EB'), Map.entry("agrave", '\u00E0'), Map.entry("acirc", '\u00E2'),
            Map.entry("ccedil", '\u00E7'), Map.entry("ocirc", '\u00F4'), Map.entry("ouml", '\u00F6'),
            Map.entry("ucirc", '\u00FB'), Map.entry("ugrave", '\u00F9'), Map.entry("uuml", '\u00FC'),
            Map.entry("icirc", '\u00EE'), Map.entry("iuml", '\u00EF'), Map.entry("Eacute", '\u00C9'),
            Map.entry("oelig", '\u0153'), Map.entry("deg", '\u00B0'), Map.entry("shy", '\u00AD'),
            Map.entry("zwnj", '\u200C'), Map.entry("zwj", '\u200D'), Map.entry("lrm", '\u200E'),
            Map.entry("rlm", '\u200F'));
    private static final int MAX_TAG_LENGTH = 4000;
    private static final int MAX_ENTITY_LENGTH = 10;

    static {
        java.util.HashSet<String> known = new java.util.HashSet<>(BLOCK_TAGS);
        known.addAll(SKIPPED_CONTENT);
        known.addAll(Set.of("span", "a", "b", "i", "em", "strong", "u", "small", "sup", "sub", "img", "meta", "link",
                "time", "abbr", "cite", "q", "mark", "source", "picture", "video", "audio", "label", "input",
                "font", "center"));
        KNOWN_TAGS = Set.copyOf(known);
    }

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String body) {
        String text = body == null ? "" : body;
        boolean html = looksLikeHtml(text);
        Builder out = new Builder(text);
        // Bodies with accents are UTF-16 strings, whose charAt checks cost more than the folding itself.
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (html && c == '<') {
                int next = skipMarkup(text, i, out);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (c == '&') {
                int next = decodeEntity(text, i, out);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            out.append(c, i, i + 1);
            i++;
        }
        return out.build();
    }

    /** True when the body holds at least one tag the reader knows; a lone "<" in prose is not markup. */
    static boolean looksLikeHtml(String text) {
        int from = 0;
        for (int tries = 0; tries < 200; tries++) {
            int lt = text.indexOf('<', from);
            if (lt < 0 || lt + 1 >= text.length()) {
                return false;
            }
            String name = tagName(text, lt);
            if (name != null && KNOWN_TAGS.contains(name)) {
                return true;
            }
            if (text.startsWith("<!--", lt)) {
                return true;
            }
            from = lt + 1;
        }
        return false;
    }

    private static String tagName(String text, int lt) {
        int i = lt + 1;
        if (i < text.length() && text.charAt(i) == '/') {
            i++;
        }
        int start = i;
        while (i < text.length() && i - start < 12 && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i == start || !Character.isLetter(text.charAt(start))) {
            return null;
        }
        if (i < text.length()) {
            char after = text.charAt(i);
            if (after != '>' && after != ' ' && after != '/' && after != '\n' && after != '\t' && after != '\r') {
                return null;
            }
        }
        return text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Consumes a tag, comment or skipped element at {@code lt}; returns where text resumes, or lt if not markup. */
    private static int skipMarkup(String text, int lt, Builder out) {
        if (text.startsWith("<!--", lt)) {
            int close = text.indexOf("-->", lt + 4);
            return close < 0 ? text.length() : close + 3;
        }
        if (lt + 1 < text.length() && (text.charAt(lt + 1) == '!' || text.charAt(lt + 1) == '?')) {
            int close = text.indexOf('>', lt);
            return close < 0 ? lt : close + 1;
        }
        String name = tagName(text, lt);
        if (name == null) {
            return lt;
        }
        int close = indexOfWithin(text, '>', lt + 1, MAX_TAG_LENGTH);
        if (close < 0) {
            return lt;
        }
        boolean closing = text.charAt(lt + 1) == '/';
        if (!closing && SKIPPED_CONTENT.contains(name) && text.charAt(close - 1) != '/') {
            int end = findClosingTag(text, name, close + 1);
            out.lineBreak(lt, end);
            return end;
        }
        if (BLOCK_TAGS.contains(name)) {
            out.lineBreak(lt, close + 1);
        } else {
            out.space(lt, close + 1);
        }
        return close + 1;
    }

    private static int findClosingTag(String text, String name, int from) {
        int i = from;
        while (true) {
            int lt = text.indexOf("</", i);
            if (lt < 0) {
                return text.length();
            }
            if (text.regionMatches(true, lt + 2, name, 0, name.length())) {
                int close = indexOfWithin(text, '>', lt, MAX_TAG_LENGTH);
                return close < 0 ? text.length() : close + 1;
            }
            i = lt + 2;
        }
    }

    private static int indexOfWithin(String text, char c, int from, int window) {
        int end = Math.min(text.length(), from + window);
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int decodeEntity(String text, int amp, Builder out) {
        int semi = indexOfWithin(text, ';', amp + 1, MAX_ENTITY_LENGTH);
        if (semi < 0 || semi == amp + 1) {
            return amp;
        }
        String name = text.substring(amp + 1, semi);
        char decoded;
        if (name.charAt(0) == '#') {
            int code = parseCodePoint(name);
            if (code < 0 || code > 0xFFFF) {
                return amp;
            }
            decoded = (char) code;
        } else {
            Character named = ENTITIES.get(name);
            if (named == null) {
                return amp;
            }
            decoded = named;
        }
        out.append(decoded, amp, semi + 1);
        return semi + 1;
    }

    private static int parseCodePoint(String name) {
        try {
            if (name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')) {
                return name.length() > 8 ? -1 : Integer.parseInt(name.substring(2), 16);
            }
            return name.length() > 8 ? -1 : Integer.parseInt(name.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Accumulates folded characters and their sources, collapsing whitespace. */
    private static final class Builder {
        private final String original;
        private char[] folded;
        private int length;
        private int[] starts;
        private int[] ends;
        private final StringBuilder scratch = new StringBuilder(4);

        Builder(String original) {
            this.original = original;
            int capacity = Math.max(16, original.length() + 16);
            this.folded = new char[capacity];
            this.starts = new int[capacity];
            this.ends = new int[capacity];
        }

        void append(char c, int from, int to) {
            char single = Folding.singleFold(c);
            if (single != Folding.NOT_SINGLE) {
                put(single, from, to);
                return;
            }
            scratch.setLength(0);
            int count = Folding.appendFolded(c, scratch);
            for (int k = 0; k < count; k++) {
                put(scratch.charAt(k), from, to);
            }
        }

        void lineBreak(int from, int to) {
            put('\n', from, to);
        }

        void space(int from, int to) {
            put(' ', from, to);
        }

        private void put(char f, int from, int to) {
            int len = length;
            if (f == ' ' || f == '\n') {
                if (len == 0) {
                    return;
                }
                char last = folded[len - 1];
                if (last == '\n') {
                    return;
                }
                if (last == ' ') {
                    if (f == '\n') {
                        folded[len - 1] = '\n';
                        starts[len - 1] = from;
                        ends[len - 1] = to;
                    }
                    return;
                }
            }
            if (len == folded.length) {
                int grown = len * 2;
                folded = Arrays.copyOf(folded, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            folded[len] = f;
            starts[len] = from;
            ends[len] = to;
            length = len + 1;
        }

        NormalizedText build() {
            int len = length;
            while (len > 0 && (folded[len - 1] == ' ' || folded[len - 1] == '\n')) {
                len--;
            }
            // The offset tables are handed over as they are (NormalizedText reads them only below the folded
            // text's length): copying them to size doubled what they allocate, 8 bytes per character.
            return new NormalizedText(original, new String(folded, 0, len), starts, ends);
        }
    }
}
