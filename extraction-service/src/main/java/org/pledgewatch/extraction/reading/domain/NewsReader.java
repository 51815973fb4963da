package org.pledgewatch.extraction.reading.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pledgewatch.extraction.reading.domain.facts.ArticleContext;
import org.pledgewatch.extraction.reading.domain.facts.FactReader;
import org.pledgewatch.extraction.reading.domain.lexicon.MentionIndex;
import org.pledgewatch.extraction.reading.domain.numbers.Amount;
import org.pledgewatch.extraction.reading.domain.numbers.NumberScanner;
import org.pledgewatch.extraction.reading.domain.places.CountryRefs;
import org.pledgewatch.extraction.reading.domain.text.LanguageDetector;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;
import org.pledgewatch.extraction.reading.domain.text.Sentence;
import org.pledgewatch.extraction.reading.domain.text.TextNormalizer;
import org.pledgewatch.extraction.reading.domain.time.TimeExpr;

/**
 * Reads an article the way a careful analyst would and returns the facts it states. Thread-safe and loaded
 * once: grammars and gazetteers are built at construction, never per article. Never throws: input it cannot
 * read yields no findings.
 */
public final class NewsReader {

    /** Part of every extraction event id: a new version re-extracts replayed articles into new events. */
    public static final String VERSION = "1.2.0";

    /** Languages the reader has grammars for. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final Map<String, LanguageGrammar> grammars = new LinkedHashMap<>();
    private final LanguageDetector detector;

    public NewsReader() {
        Map<String, Set<String>> stopwords = new LinkedHashMap<>();
        for (String language : List.of("fr", "en")) {
            LanguageGrammar grammar = LanguageGrammar.load(language);
            grammars.put(language, grammar);
            stopwords.put(language, grammar.lexicon().stopwords());
        }
        detector = new LanguageDetector(stopwords);
    }

    public Reading read(ArticleText article) {
        if (article == null || article.body() == null || article.body().isBlank()) {
            String declared = article == null ? null : declaredLanguage(article.language());
            return Reading.nothingIn(declared, declared == null || LANGUAGES.contains(declared));
        }
        String language = declaredLanguage(article.language());
        try {
            NormalizedText text = TextNormalizer.normalize(article.body());
            if (language == null) {
                language = detector.detect(text);
            }
            LanguageGrammar grammar = grammars.get(language);
            if (grammar == null) {
                return Reading.nothingIn(language, false);
            }
            return FactReader.read(analyse(grammar, text, language, article));
        } catch (RuntimeException | StackOverflowError e) {
            // A reader that cannot make sense of an input reports nothing rather than failing the article.
            return Reading.nothingIn(language, language == null || LANGUAGES.contains(language));
        }
    }

    private static ArticleContext analyse(LanguageGrammar grammar, NormalizedText text, String language,
            ArticleText article) {
        List<Sentence> sentences = grammar.sentences().split(text, grammar.pages().articleLines(text));
        MentionIndex mentions = new MentionIndex(grammar.lexicon().find(text));
        NumberScanner.Result numbers = grammar.numbers().scan(text);
        List<Amount> amounts = grammar.amounts().read(text, mentions, numbers.numbers());
        List<int[]> amountSpans = new ArrayList<>(amounts.size());
        for (Amount a : amounts) {
            amountSpans.add(new int[] {a.start(), a.end()});
        }
        List<TimeExpr> times = grammar.times().read(text, mentions, numbers.numbers(), numbers.dates(),
                article.publishedOn(), amountSpans);
        CountryRefs countries = CountryRefs.of(text, mentions.all(), amountSpans);
        return new ArticleContext(text, language, article.publishedOn(), sentences, mentions, amounts, times,
                countries);
    }

    /** "fr", "FR", "fr-FR", "fra", "French" all mean French; null or blank means detect it. */
    static String declaredLanguage(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String d = declared.strip().toLowerCase(Locale.ROOT);
        return switch (d) {
            case "fra", "fre", "french", "francais", "français" -> "fr";
            case "eng", "english" -> "en";
            default -> {
                int cut = d.indexOf('-') > 0 ? d.indexOf('-') : d.indexOf('_');
                yield cut > 0 ? d.substring(0, cut) : d;
            }
        };
    }

    public String version() {
        return VERSION;
    }
}
