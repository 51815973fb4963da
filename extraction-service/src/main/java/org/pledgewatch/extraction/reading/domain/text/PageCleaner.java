package org.pledgewatch.extraction.reading.domain.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the lines of a page that are the article: drops bylines, dates on their own, URL slugs, share buttons
 * and the footer ("Newsletter ..."), so that their names and dates do not become facts.
 */
public final class PageCleaner {

    /** Boilerplate lines are short; a long line is text even when it starts like one. */
    private static final int MAX_BOILERPLATE_LENGTH = 100;
    /** Headlines listed under "Lire aussi" are short and do not end with a period. */
    private static final int MAX_HEADLINE_LENGTH = 120;
    private static final int MAX_RELATED_HEADLINES = 8;

    private final List<LineRule> rules;

    public PageCleaner(List<LineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<TextLine> articleLines(NormalizedText text) {
        String f = text.folded();
        List<TextLine> kept = new ArrayList<>();
        int index = 0;
        int start = 0;
        // After "Lire aussi", "Read next": the headlines of other articles, one or a list of them.
        boolean inRelated = false;
        boolean relatedMarkerOnly = false;
        int relatedSkipped = 0;
        int lastLineEnd = -1;
        int n = f.length();
        while (start < n) {
            int end = f.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int s = start;
            int e = end;
            while (s < e && f.charAt(s) == ' ') {
                s++;
            }
            while (e > s && f.charAt(e - 1) == ' ') {
                e--;
            }
            if (e > s) {
                LineRule.Effect effect = classify(text, s, e);
                if (effect == LineRule.Effect.REST && s > n * 2 / 5) {
                    break;
                }
                // A blank line ends the list, except right under a marker that stands alone.
                boolean afterBlank = lastLineEnd >= 0 && blankBetween(f, lastLineEnd, s);
                if (inRelated && effect == null && relatedSkipped < MAX_RELATED_HEADLINES && isHeadline(f, s, e)
                        && (!afterBlank || relatedSkipped == 0 && relatedMarkerOnly)) {
                    relatedSkipped++;
                } else {
                    inRelated = false;
                    if (effect == null) {
                        kept.add(new TextLine(index, s, e));
                    }
                }
                if (effect == LineRule.Effect.RELATED) {
                    inRelated = true;
                    relatedMarkerOnly = isMarkerOnly(f, s, e);
                    relatedSkipped = 0;
                }
                lastLineEnd = e;
                index++;
            }
            start = end + 1;
        }
        return kept;
    }

    /** A headline of another article: a short line that does not end like a sentence. */
    private static boolean isHeadline(String f, int s, int e) {
        char last = f.charAt(e - 1);
        return e - s <= MAX_HEADLINE_LENGTH && last != '.' && last != ':' && last != ';' && last != ',';
    }

    /** "Lire aussi : Kazakhstan–Kirghizstan : les deux pays visent ...": a marker and one headline on its line. */
    private boolean isRelatedWithHeadline(String f, int s, int e) {
        for (LineRule rule : rules) {
            String start = rule.foldedStart();
            if (rule.effect() == LineRule.Effect.RELATED && f.startsWith(start, s)
                    && e - s <= start.length() + MAX_HEADLINE_LENGTH && isHeadline(f, s, e)
                    && (s + start.length() >= e || !Character.isLetterOrDigit(f.charAt(s + start.length())))) {
                return true;
            }
        }
        return false;
    }

    /** "Lire aussi :", "Read next": the marker alone, its headlines on the lines below. */
    private boolean isMarkerOnly(String f, int s, int e) {
        for (LineRule rule : rules) {
            if (rule.effect() == LineRule.Effect.RELATED && f.startsWith(rule.foldedStart(), s)) {
                String rest = f.substring(s + rule.foldedStart().length(), e).strip();
                return rest.isEmpty() || rest.equals(":");
            }
        }
        return false;
    }

    private static boolean blankBetween(String f, int from, int to) {
        int first = f.indexOf('\n', from);
        if (first < 0 || first >= to) {
            return false;
        }
        for (int i = first + 1; i < to; i++) {
            char c = f.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }

    private LineRule.Effect classify(NormalizedText text, int s, int e) {
        String f = text.folded();
        int length = e - s;
        if (isUrlOrSlug(f, s, e) || isDateOnly(f, s, e)) {
            return LineRule.Effect.LINE;
        }
        if (length > MAX_BOILERPLATE_LENGTH) {
            // "Lire aussi : <the headline of another article>" on one line can be longer than other boilerplate.
            return isRelatedWithHeadline(f, s, e) ? LineRule.Effect.RELATED : null;
        }
        for (LineRule rule : rules) {
            String start = rule.foldedStart();
            if (!f.startsWith(start, s)) {
                continue;
            }
            int after = s + start.length();
            boolean wordEnds = after >= e || !Character.isLetterOrDigit(f.charAt(after))
                    || !Character.isLetterOrDigit(start.charAt(start.length() - 1));
            if (!wordEnds) {
                continue;
            }
            if (rule.effect() == LineRule.Effect.BYLINE) {
                if (isCredit(text, after, e)) {
                    return LineRule.Effect.LINE;
                }
                continue;
            }
            return rule.effect();
        }
        return null;
    }

    /** "Par Païsiy Ukhanov", "By Staff Reporter": a few capitalized words and no sentence. */
    private static boolean isCredit(NormalizedText text, int from, int to) {
        String f = text.folded();
        int words = 0;
        int i = from;
        while (i < to) {
            while (i < to && f.charAt(i) == ' ') {
                i++;
            }
            if (i >= to) {
                break;
            }
            int w = i;
            while (i < to && f.charAt(i) != ' ') {
                i++;
            }
            words++;
            boolean capital = text.isUpperCaseInOriginal(w);
            boolean connector = i - w <= 3;
            if (!capital && !connector) {
                return false;
            }
        }
        char last = f.charAt(to - 1);
        return words >= 1 && words <= 6 && last != '.' && last != ':';
    }

    private static boolean isUrlOrSlug(String f, int s, int e) {
        if (f.startsWith("http://", s) || f.startsWith("https://", s) || f.startsWith("www.", s)) {
            return f.indexOf(' ', s) < 0 || f.indexOf(' ', s) >= e;
        }
        boolean hyphen = false;
        for (int i = s; i < e; i++) {
            char c = f.charAt(i);
            if (c == '-') {
                hyphen = true;
            } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '/' && c != '_') {
                return false;
            }
        }
        return hyphen && e - s > 8;
    }

    /** "Le 08/25/2025", "25.08.2025 14:30", "Published 2025-08-25". */
    private static boolean isDateOnly(String f, int s, int e) {
        int i = s;
        for (String lead : new String[] {"le ", "publie le ", "published ", "updated ", "mis a jour le ", "on "}) {
            if (f.startsWith(lead, i)) {
                i += lead.length();
                break;
            }
        }
        int digits = 0;
        for (int k = i; k < e; k++) {
            char c = f.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '/' && c != '.' && c != '-' && c != ':' && c != ' ' && c != ',' && c != 'h') {
                return false;
            }
        }
        return digits >= 4;
    }
}
