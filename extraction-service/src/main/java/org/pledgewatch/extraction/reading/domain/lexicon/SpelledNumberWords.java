package org.pledgewatch.extraction.reading.domain.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * The words for 1 to 99 in a language ("sept", "soixante-et-onze", "twenty-one"), taken from ICU's spell-out
 * rules rather than typed by hand, in both the hyphenated and the spaced spelling that newsrooms use.
 * Hundreds are the word "cent"/"hundred" multiplying what precedes it; thousands and above are scales.
 */
final class SpelledNumberWords {

    private SpelledNumberWords() {
    }

    /** Folded word to its value. */
    static Map<String, Integer> of(String language) {
        Map<String, Integer> words = new LinkedHashMap<>();
        ULocale locale = new ULocale(language);
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        String[] ruleSets = "fr".equals(language)
                ? new String[] {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine"}
                : new String[] {"%spellout-cardinal"};
        for (String ruleSet : ruleSets) {
            for (int n = 1; n < 100; n++) {
                String spelled = format.format(n, ruleSet);
                addVariants(words, spelled, n);
            }
        }
        return words;
    }

    private static void addVariants(Map<String, Integer> words, String spelled, int n) {
        String folded = Folding.foldTerm(spelled);
        words.putIfAbsent(folded, n);
        words.putIfAbsent(folded.replace('-', ' '), n);
        // "vingt-et-un" is also written "vingt et un".
        words.putIfAbsent(folded.replace("-et-", " et "), n);
        // Older French spelling: "soixante-dix" but "cent vingt": both hyphen styles are in use.
        if (n == 80) {
            words.putIfAbsent(folded.replace("vingts", "vingt"), n);
        }
    }

    /** Folds through the text folding, so terms and text agree. */
    private static final class Folding {
        static String foldTerm(String s) {
            return org.pledgewatch.extraction.reading.domain.text.Folding.fold(s);
        }
    }
}
