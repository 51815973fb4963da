package org.pledgewatch.extraction.reading.domain.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pledgewatch.extraction.reading.domain.lexicon.Mention;
import org.pledgewatch.extraction.reading.domain.lexicon.TermKind;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;

/** The country mentions of one article, in text order. */
public final class CountryRefs {

    /** Words before a city that make it a location rather than a government. */
    private static final String[] LOCATIVE = {"a ", "au ", "en ", "in ", "at ", "de ", "d'", "from ", "near ",
        "vers ", "pres de ", "to ", "du ", "of ", "sommet de ", "summit ", "visit to ", "visite a "};

    private final List<CountryRef> refs;

    private CountryRefs(List<CountryRef> refs) {
        this.refs = List.copyOf(refs);
    }

    public static CountryRefs of(NormalizedText text, List<Mention> mentions, List<int[]> excluded) {
        List<CountryRef> refs = new ArrayList<>();
        String f = text.folded();
        int x = 0;
        for (Mention m : mentions) {
            TermKind k = m.kind();
            if (k != TermKind.COUNTRY && k != TermKind.COUNTRY_PREFIX && k != TermKind.LEADER && k != TermKind.CITY) {
                continue;
            }
            while (x < excluded.size() && excluded.get(x)[1] <= m.start()) {
                x++;
            }
            if (x < excluded.size() && excluded.get(x)[0] <= m.start() && m.start() < excluded.get(x)[1]) {
                continue;
            }
            switch (k) {
                case LEADER -> refs.add(new CountryRef(m.start(), m.end(), m.value(), CountryRef.Source.LEADER,
                        false, m.term().extra()));
                case CITY -> refs.add(new CountryRef(m.start(), m.end(), m.value(), CountryRef.Source.CITY,
                        isLocative(f, m.start()), m.term().extra()));
                default -> refs.add(new CountryRef(m.start(), m.end(), m.value(), CountryRef.Source.NAME, false,
                        null));
            }
        }
        return new CountryRefs(refs);
    }

    private static boolean isLocative(String f, int start) {
        for (String w : LOCATIVE) {
            int from = start - w.length();
            if (from >= 0 && f.startsWith(w, from) && (from == 0 || !Character.isLetter(f.charAt(from - 1))
                    || w.startsWith(" "))) {
                return true;
            }
        }
        // "à Astana et Bichkek": the second city shares the preposition.
        return false;
    }

    public List<CountryRef> all() {
        return refs;
    }

    /** Mentions that may name a party (not a mere location) starting in [from, to). */
    public List<CountryRef> parties(int from, int to) {
        List<CountryRef> out = new ArrayList<>();
        for (CountryRef r : between(from, to)) {
            if (!r.placeOnly()) {
                out.add(r);
            }
        }
        return out;
    }

    public List<CountryRef> between(int from, int to) {
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<CountryRef> out = new ArrayList<>();
        for (int i = lo; i < refs.size() && refs.get(i).start() < to; i++) {
            out.add(refs.get(i));
        }
        return out;
    }

    public static Set<String> codes(List<CountryRef> refs) {
        Set<String> codes = new LinkedHashSet<>();
        for (CountryRef r : refs) {
            codes.add(r.code());
        }
        return codes;
    }
}
