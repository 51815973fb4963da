package org.pledgewatch.extraction.reading.domain.text;

import java.util.Map;
import java.util.Set;

/**
 * Tells the language of an undeclared article by counting frequent words of each language the reader knows
 * in its first few thousand words. Text in another script, or with too few known words, is "other".
 */
public final class LanguageDetector {

    private static final int MAX_WORDS = 3000;
    private static final int MIN_HITS = 3;

    private final Map<String, Set<String>> stopwordsByLanguage;

    public LanguageDetector(Map<String, Set<String>> stopwordsByLanguage) {
        this.stopwordsByLanguage = Map.copyOf(stopwordsByLanguage);
    }

    public String detect(NormalizedText text) {
        String f = text.folded();
        Map<String, Integer> hits = new java.util.HashMap<>();
        int words = 0;
        int latinLetters = 0;
        int otherLetters = 0;
        int i = 0;
        int n = f.length();
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetter(f.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && (Character.isLetter(f.charAt(i)) || f.charAt(i) == '\'')) {
                char c = f.charAt(i);
                if (c < 0x250) {
                    latinLetters++;
                } else {
                    otherLetters++;
                }
                i++;
            }
            if (i == s) {
                continue;
            }
            words++;
            String word = f.substring(s, i);
            int apostrophe = word.indexOf('\'');
            if (apostrophe >= 0 && apostrophe < word.length() - 1) {
                word = word.substring(apostrophe + 1);
            }
            for (Map.Entry<String, Set<String>> e : stopwordsByLanguage.entrySet()) {
                if (e.getValue().contains(word)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (otherLetters > latinLetters) {
            return "other";
        }
        String best = "other";
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits || (e.getValue() == bestHits && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return bestHits >= MIN_HITS ? best : "other";
    }
}
