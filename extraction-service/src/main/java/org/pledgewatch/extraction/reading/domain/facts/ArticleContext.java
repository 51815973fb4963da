package org.pledgewatch.extraction.reading.domain.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.extraction.reading.domain.Span;
import org.pledgewatch.extraction.reading.domain.lexicon.Mention;
import org.pledgewatch.extraction.reading.domain.lexicon.MentionIndex;
import org.pledgewatch.extraction.reading.domain.lexicon.TermKind;
import org.pledgewatch.extraction.reading.domain.numbers.Amount;
import org.pledgewatch.extraction.reading.domain.places.CountryRefs;
import org.pledgewatch.extraction.reading.domain.places.PartyResolver;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;
import org.pledgewatch.extraction.reading.domain.text.Sentence;
import org.pledgewatch.extraction.reading.domain.time.TimeExpr;

/** Everything read from one article before facts are assembled: sentences, terms, amounts, dates, countries. */
public final class ArticleContext {

    private final NormalizedText text;
    private final String language;
    private final LocalDate publishedOn;
    private final List<Sentence> sentences;
    private final MentionIndex mentions;
    private final List<Amount> amounts;
    private final List<TimeExpr> times;
    private final CountryRefs countries;
    private final int[] amountStarts;
    private final int[] timeStarts;
    private final PartyResolver parties;

    public ArticleContext(NormalizedText text, String language, LocalDate publishedOn, List<Sentence> sentences,
            MentionIndex mentions, List<Amount> amounts, List<TimeExpr> times, CountryRefs countries) {
        this.text = text;
        this.language = language;
        this.publishedOn = publishedOn;
        this.sentences = List.copyOf(sentences);
        this.mentions = mentions;
        this.amounts = List.copyOf(amounts);
        this.times = List.copyOf(times);
        this.amountStarts = this.amounts.stream().mapToInt(Amount::start).toArray();
        this.timeStarts = this.times.stream().mapToInt(TimeExpr::start).toArray();
        this.countries = countries;
        this.parties = new PartyResolver(countries, this.sentences, text.folded());
    }

    public NormalizedText text() {
        return text;
    }

    public String folded() {
        return text.folded();
    }

    public String language() {
        return language;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public MentionIndex mentions() {
        return mentions;
    }

    public CountryRefs countries() {
        return countries;
    }

    public PartyResolver parties() {
        return parties;
    }

    public List<Mention> mentionsIn(Sentence s) {
        return mentions.between(s.start(), s.end());
    }

    public List<Mention> mentionsIn(int from, int to, TermKind kind) {
        return mentions.between(from, to, kind);
    }

    public List<Amount> amountsIn(Sentence s) {
        List<Amount> out = new ArrayList<>();
        for (int i = firstAtOrAfter(amountStarts, s.start()); i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            if (a.start() >= s.end()) {
                break;
            }
            if (a.end() <= s.end()) {
                out.add(a);
            }
        }
        return out;
    }

    public List<TimeExpr> timesIn(Sentence s) {
        List<TimeExpr> out = new ArrayList<>();
        for (int i = firstAtOrAfter(timeStarts, s.start()); i < times.size(); i++) {
            TimeExpr t = times.get(i);
            if (t.start() >= s.end()) {
                break;
            }
            if (t.end() <= s.end()) {
                out.add(t);
            }
        }
        return out;
    }

    private static int firstAtOrAfter(int[] starts, int position) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public List<TimeExpr> times() {
        return times;
    }

    public Span evidence(int start, int end) {
        return text.span(start, end);
    }

    /** The folded text between two offsets, trimmed. */
    public String gap(int from, int to) {
        if (to <= from) {
            return "";
        }
        return text.folded().substring(from, to).strip();
    }
}
