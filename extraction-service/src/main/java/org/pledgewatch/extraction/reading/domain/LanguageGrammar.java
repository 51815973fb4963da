package org.pledgewatch.extraction.reading.domain;

import org.pledgewatch.extraction.reading.domain.lexicon.Lexicon;
import org.pledgewatch.extraction.reading.domain.numbers.AmountGrammar;
import org.pledgewatch.extraction.reading.domain.numbers.NumberScanner;
import org.pledgewatch.extraction.reading.domain.text.PageCleaner;
import org.pledgewatch.extraction.reading.domain.text.SentenceSplitter;
import org.pledgewatch.extraction.reading.domain.time.TimeGrammar;

/** The grammars of one language, built once and shared by every reading. */
record LanguageGrammar(Lexicon lexicon, PageCleaner pages, SentenceSplitter sentences, NumberScanner numbers,
        AmountGrammar amounts, TimeGrammar times) {

    static LanguageGrammar load(String language) {
        Lexicon lexicon = Lexicon.load(language);
        return new LanguageGrammar(lexicon, new PageCleaner(lexicon.lineRules()),
                new SentenceSplitter(lexicon.abbreviations()), new NumberScanner(lexicon), new AmountGrammar(),
                new TimeGrammar());
    }
}
