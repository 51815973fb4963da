package org.pledgewatch.extraction.reading.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.pledgewatch.extraction.reading.domain.lexicon.Mention;
import org.pledgewatch.extraction.reading.domain.lexicon.MentionIndex;
import org.pledgewatch.extraction.reading.domain.numbers.Amount;
import org.pledgewatch.extraction.reading.domain.numbers.NumberScanner;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;
import org.pledgewatch.extraction.reading.domain.text.Sentence;
import org.pledgewatch.extraction.reading.domain.text.TextNormalizer;
import org.pledgewatch.extraction.reading.domain.time.TimeExpr;

/** Prints what the grammars see in a file, sentence by sentence: {@code DebugDump FILE LANG [publishedAt]}. */
public final class DebugDump {

    private DebugDump() {
    }

    public static void main(String[] args) throws Exception {
        String body = Files.readString(Path.of(args[0]));
        LanguageGrammar g = LanguageGrammar.load(args[1]);
        LocalDate published = args.length > 2 ? LocalDate.parse(args[2]) : null;
        NormalizedText text = TextNormalizer.normalize(body);
        List<Sentence> sentences = g.sentences().split(text, g.pages().articleLines(text));
        MentionIndex mentions = new MentionIndex(g.lexicon().find(text));
        NumberScanner.Result numbers = g.numbers().scan(text);
        List<Amount> amounts = g.amounts().read(text, mentions, numbers.numbers());
        List<int[]> spans = amounts.stream().map(a -> new int[] {a.start(), a.end()}).toList();
        List<TimeExpr> times = g.times().read(text, mentions, numbers.numbers(), numbers.dates(), published, spans);
        String f = text.folded();
        for (Sentence s : sentences) {
            System.out.println("S" + s.index() + (s.heading() ? " [h]" : "") + " line " + s.line() + ": "
                    + f.substring(s.start(), s.end()));
            for (Amount a : amounts) {
                if (a.start() >= s.start() && a.end() <= s.end()) {
                    System.out.println("   AMOUNT " + a.value().toPlainString() + " " + a.unit() + " " + a.kind()
                            + " [" + f.substring(a.start(), a.end()) + "]");
                }
            }
            for (TimeExpr t : times) {
                if (t.start() >= s.start() && t.end() <= s.end()) {
                    System.out.println("   TIME " + t.kind() + " " + t.role() + " " + t.asDate() + " period "
                            + t.asPeriod() + " [" + f.substring(t.start(), t.end()) + "]");
                }
            }
            StringBuilder ms = new StringBuilder("   TERMS");
            for (Mention m : mentions.between(s.start(), s.end())) {
                ms.append(" ").append(m.kind()).append(':').append(m.value()).append('[')
                        .append(f, m.start(), m.end()).append(']');
            }
            System.out.println(ms);
        }
    }
}
