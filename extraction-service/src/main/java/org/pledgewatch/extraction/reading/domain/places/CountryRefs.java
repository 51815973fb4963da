package org.pledgewatch.extraction.reading.domain.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pledgewatch.extraction.reading.domain.lexicon.Mention;
import org.pledgewatch.extraction.reading.domain.lexicon.Term;
import org.pledgewatch.extraction.reading.domain.lexicon.TermKind;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;

/** The country mentions of one article, in text order. */
public final class CountryRefs {

    /** Words before a city that make it a location rather than a government. */
    private static final String[] LOCATIVE = {"a ", "au ", "en ", "in ", "at ", "de ", "d'", "from ", "near ",
        "vers ", "pres de ", "to ", "du ", "of ", "sommet de ", "summit ", "visit to ", "visite a "};

    /** A ranking or transit marker (references.tsv) and the country after it: " ", " la ", " de l'". */
    private static final int MAX_ARTICLE_GAP = 7;
    /** Words before "de" that make a city the government it stands for: "partenaire commercial de Tachkent". */
    private static final String[] RELATIONAL = {"partenaire ", "partenaires ", "commercial ", "commerciale ",
        "commerciaux ", "economique ", "allie ", "alliee ", "fournisseur ", "client ", "investisseur ",
        "gouvernement ", "partner ", "ally ", "supplier ", "government "};
    private static final String[] ARTICLES = {"", "le ", "la ", "les ", "l'", "the ", "du ", "de la ", "de l'",
        "des "};

    private final List<CountryRef> refs;
    /** Groups whose members the text does not name ("les États membres", "with the region"): [start, end). */
    private final List<int[]> unnamedGroups;

    private CountryRefs(List<CountryRef> refs, List<int[]> unnamedGroups) {
        this.refs = List.copyOf(refs);
        this.unnamedGroups = List.copyOf(unnamedGroups);
    }

    public static CountryRefs of(NormalizedText text, List<Mention> mentions, List<int[]> excluded) {
        List<CountryRef> refs = new ArrayList<>();
        List<int[]> unnamed = new ArrayList<>();
        String f = text.folded();
        int x = 0;
        Mention marker = null;
        for (Mention m : mentions) {
            TermKind k = m.kind();
            if (m.is(TermKind.REFERENCE, "ranking") || m.is(TermKind.REFERENCE, "transit")) {
                marker = m;
                continue;
            }
            if (m.is(TermKind.REFERENCE, "ranking-after")) {
                // "fourth-largest trading partner, after China, Russia and Kazakhstan": a ranking only after a rank.
                if (rankedJustBefore(f, m.start())) {
                    marker = new Mention(m.start(), m.end(), new Term(TermKind.REFERENCE, "ranking", "", false,
                            m.term().written()));
                }
                continue;
            }
            if (k == TermKind.GROUP) {
                if (m.value().equals("?")) {
                    unnamed.add(new int[] {m.start(), m.end()});
                } else if (!m.value().equals("-")) {
                    boolean rivalGroup = marker != null && marker.value().equals("ranking")
                            && justBefore(f, marker.end(), m.start());
                    for (String code : m.value().split(",")) {
                        refs.add(new CountryRef(m.start(), m.end(), code, CountryRef.Source.GROUP, false, null,
                                rivalGroup));
                    }
                }
                continue;
            }
            if (k != TermKind.COUNTRY && k != TermKind.COUNTRY_PREFIX && k != TermKind.LEADER && k != TermKind.CITY) {
                continue;
            }
            while (x < excluded.size() && excluded.get(x)[1] <= m.start()) {
                x++;
            }
            if (x < excluded.size() && excluded.get(x)[0] <= m.start() && m.start() < excluded.get(x)[1]) {
                continue;
            }
            boolean marked = marker != null && justBefore(f, marker.end(), m.start());
            boolean rival = marked && marker.value().equals("ranking");
            boolean transit = marked && marker.value().equals("transit");
            // "through Afghanistan and Uzbekistan", "derrière la Chine et la Russie": the next name of the list too.
            CountryRef previous = refs.isEmpty() ? null : refs.get(refs.size() - 1);
            boolean previousAside = previous != null && (previous.rival()
                    || previous.placeOnly() && previous.source() != CountryRef.Source.CITY);
            if (previousAside && coordinated(f, previous.end(), m.start())) {
                rival |= previous.rival();
                transit |= previous.placeOnly();
            }
            switch (k) {
                case LEADER -> refs.add(new CountryRef(m.start(), m.end(), m.value(), CountryRef.Source.LEADER,
                        transit, m.term().extra(), rival));
                case CITY -> refs.add(new CountryRef(m.start(), m.end(), m.value(), CountryRef.Source.CITY,
                        transit || isLocative(f, m.start()), m.term().extra(), rival));
                default -> refs.add(new CountryRef(m.start(), m.end(), m.value(), CountryRef.Source.NAME, transit,
                        null, rival));
            }
        }
        return new CountryRefs(refs, unnamed);
    }

    /** Nouns a ranking ranks by: "quatrième partenaire commercial", "largest supplier". */
    private static final String[] RANK_NOUNS = {"partenaire", "partner", "fournisseur", "supplier", "investisseur",
        "investor", "client", "customer", "marche", "market", "destination", "source"};
    /** How far before "après", "after", "avant" the ranked noun may stand. */
    private static final int RANK_REACH = 50;

    /** Whether a ranking noun ("partenaire", "partner") stands shortly before, in the same clause. */
    private static boolean rankedJustBefore(String f, int start) {
        int from = Math.max(0, start - RANK_REACH);
        String before = f.substring(from, start);
        int cut = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        if (cut >= 0) {
            before = before.substring(cut + 1);
        }
        for (String noun : RANK_NOUNS) {
            int at = before.indexOf(noun);
            if (at >= 0 && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a marker ending at {@code markerEnd} stands right before {@code start}, maybe with an article. */
    private static boolean justBefore(String f, int markerEnd, int start) {
        int gap = start - markerEnd;
        if (gap < 1 || gap > MAX_ARTICLE_GAP) {
            return false;
        }
        for (String article : ARTICLES) {
            if (article.length() + 1 == gap && f.charAt(markerEnd) == ' ' && f.startsWith(article, markerEnd + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words}, with or without an article, ends right before {@code start}. */
    private static boolean after(String f, int start, String[] words) {
        for (String article : ARTICLES) {
            int end = start - article.length();
            if (end < 0 || !f.startsWith(article, end)) {
                continue;
            }
            for (String w : words) {
                int from = end - w.length();
                if (from >= 0 && f.startsWith(w, from) && (from == 0 || !Character.isLetter(f.charAt(from - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLocative(String f, int start) {
        for (String w : LOCATIVE) {
            int from = start - w.length();
            if (from >= 0 && f.startsWith(w, from) && (from == 0 || !Character.isLetter(f.charAt(from - 1))
                    || w.startsWith(" "))) {
                // "le deuxième partenaire commercial de Tachkent": a government, not a place.
                return !(isGenitive(w) && after(f, from, RELATIONAL));
            }
        }
        // "à Astana et Bichkek": the second city shares the preposition.
        return false;
    }

    private static boolean coordinated(String f, int from, int to) {
        if (to <= from || to - from > 12) {
            return to == from;
        }
        String gap = f.substring(from, to);
        for (String joint : new String[] {" and ", " et ", ", ", " and the ", " et la ", " et le ", " et l'", ", la ",
            ", le ", ", l'"}) {
            if (gap.equals(joint)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGenitive(String w) {
        return w.equals("de ") || w.equals("d'") || w.equals("du ") || w.equals("of ");
    }

    public List<CountryRef> all() {
        return refs;
    }

    /** Whether a group whose members the text does not name ("les États membres") starts in [from, to). */
    public boolean unnamedGroupBetween(int from, int to) {
        for (int[] g : unnamedGroups) {
            if (g[0] >= from && g[0] < to) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of these refs is a member of a group named as one. */
    public static boolean hasGroup(List<CountryRef> refs) {
        for (CountryRef r : refs) {
            if (r.source() == CountryRef.Source.GROUP) {
                return true;
            }
        }
        return false;
    }

    /** Mentions that may name a party (not a mere location, not a country named to rank another) in [from, to). */
    public List<CountryRef> parties(int from, int to) {
        List<CountryRef> out = new ArrayList<>();
        for (CountryRef r : between(from, to)) {
            if (!r.placeOnly() && !r.rival()) {
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
