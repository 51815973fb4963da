package org.pledgewatch.extraction.reading.domain.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article lines into sentences. A line break always ends a sentence (headings and captions have no
 * period); a period ends one only when a capital, a digit or an opening quote follows and the word before it is
 * not an abbreviation ("M. Poutine") or an initial.
 */
public final class SentenceSplitter {

    /** A longer run without punctuation is not prose; cut it so that no grammar ever sees an unbounded span. */
    static final int MAX_SENTENCE = 1500;

    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> foldedAbbreviations) {
        this.abbreviations = Set.copyOf(foldedAbbreviations);
    }

    public List<Sentence> split(NormalizedText text, List<TextLine> lines) {
        List<Sentence> out = new ArrayList<>();
        String f = text.folded();
        for (TextLine line : lines) {
            boolean heading = isHeading(f, line);
            int start = line.start();
            int i = line.start();
            while (i < line.end()) {
                char c = f.charAt(i);
                if (c == '.' || c == '!' || c == '?') {
                    int j = i + 1;
                    while (j < line.end() && (f.charAt(j) == '.' || f.charAt(j) == '!' || f.charAt(j) == '?'
                            || f.charAt(j) == '"' || f.charAt(j) == ')')) {
                        j++;
                    }
                    if (j < line.end() - 1 && f.charAt(j) == ' ' && startsSentence(text, j + 1)
                            && !(c == '.' && isAbbreviation(f, line.start(), i))) {
                        add(out, text, start, j, line, heading);
                        start = j + 1;
                    }
                    i = j;
                    continue;
                }
                if (i - start >= MAX_SENTENCE) {
                    int cut = f.lastIndexOf(' ', i);
                    if (cut <= start) {
                        cut = i;
                    }
                    add(out, text, start, cut, line, heading);
                    start = cut;
                }
                i++;
            }
            add(out, text, start, line.end(), line, heading);
        }
        return out;
    }

    private static void add(List<Sentence> out, NormalizedText text, int start, int end, TextLine line,
            boolean heading) {
        String f = text.folded();
        int s = start;
        int e = end;
        while (s < e && (f.charAt(s) == ' ')) {
            s++;
        }
        while (e > s && f.charAt(e - 1) == ' ') {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(out.size(), s, e, line.index(), heading));
        }
    }

    private static boolean isHeading(String f, TextLine line) {
        char last = f.charAt(line.end() - 1);
        return last != '.' && last != '!' && last != '?' && last != '"' && last != ':' && last != ';'
                && line.end() - line.start() < 160;
    }

    private static boolean startsSentence(NormalizedText text, int k) {
        if (k >= text.length()) {
            return false;
        }
        char f = text.charAt(k);
        if (Character.isDigit(f) || f == '"' || f == '-' || f == '(' || f == '\u2022') {
            return true;
        }
        return text.isUpperCaseInOriginal(k);
    }

    private boolean isAbbreviation(String f, int lineStart, int dot) {
        int w = dot;
        while (w > lineStart && (Character.isLetter(f.charAt(w - 1)) || f.charAt(w - 1) == '.'
                || f.charAt(w - 1) == '-')) {
            w--;
        }
        if (w == dot) {
            return false;
        }
        String word = f.substring(w, dot);
        if (word.length() == 1) {
            return true;
        }
        return abbreviations.contains(word);
    }
}
