package org.pledgewatch.extraction.reading.domain.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pledgewatch.extraction.reading.domain.text.Sentence;

/**
 * Decides who a fact is about, clause by clause. The countries named next to a figure come first ("les échanges
 * entre le Kazakhstan et la Chine"); one country named there is paired with the country the sentence is
 * about or with the pair the story is about; no country at all ("les deux pays", "le commerce bilatéral") means
 * the pair named in this or the previous sentence, else the article's main pair.
 */
public final class PartyResolver {

    /** A second country must weigh this much of the first to make a pair the article is about. */
    private static final double PAIR_SHARE = 0.2;

    /** How close a figure follows a ranked country to be its own: "ahead of Russia at $9.6 billion". */
    private static final int ATTACHED_GAP = 12;
    private static final String[] RELATIVE_OPENERS = {", avec laquelle", ", avec lequel", ", avec qui", ", with which",
        ", with whom", ", dont", "(", ", at ", ", a "};
    /** "3 milliards de dollars d'échanges avec l'Afghanistan": how far after a figure its partner may be named. */
    private static final int PARTNER_AFTER_REACH = 60;
    /** "Kyrgyzstan's second-largest trading partner": how far before the noun the owner may stand. */
    private static final int OWNER_REACH = 45;
    private static final String[] RANKING_NOUNS = {"partenaire", "partner", "fournisseur", "supplier", "client",
        "customer", "investisseur", "investor"};

    private final CountryRefs refs;
    private final String folded;
    private final List<Sentence> sentences;
    private final List<String> dominantPair;
    private final String home;
    /** The most mentioned country, even when it does not clearly dominate. */
    private final String mainCountry;
    private final List<List<String>> sentencePairs = new ArrayList<>();
    /** For each sentence, the pair of the round-up section it is in ("TADJIKISTAN – IRAN"), or null. */
    private final List<List<String>> sectionPairs = new ArrayList<>();

    public record Resolution(List<String> parties, boolean inferred) {
    }

    public PartyResolver(CountryRefs refs, List<Sentence> sentences, String folded) {
        this.refs = refs;
        this.folded = folded;
        this.sentences = sentences;
        Map<String, Double> weights = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (Sentence s : sentences) {
            double boost = s.index() < 3 || (s.heading() && s.index() < 6) ? 2.0 : 1.0;
            List<CountryRef> inSentence = refs.between(s.start(), s.end());
            for (CountryRef r : inSentence) {
                if (r.source() == CountryRef.Source.GROUP) {
                    continue;
                }
                double w = r.placeOnly() ? 0.25 : 1.0;
                weights.merge(r.code(), w * boost, Double::sum);
                firstSeen.putIfAbsent(r.code(), r.start());
            }
        }
        List<String> ranked = new ArrayList<>(weights.keySet());
        ranked.sort((a, b) -> {
            int c = Double.compare(weights.get(b), weights.get(a));
            return c != 0 ? c : Integer.compare(firstSeen.get(a), firstSeen.get(b));
        });
        if (ranked.size() >= 2 && weights.get(ranked.get(1)) >= Math.max(1.0, PAIR_SHARE * weights.get(ranked.get(0)))) {
            dominantPair = sorted(List.of(ranked.get(0), ranked.get(1)));
        } else {
            dominantPair = ranked.isEmpty() ? List.of() : List.of(ranked.get(0));
        }
        if (ranked.size() == 1 || (ranked.size() >= 2
                && weights.get(ranked.get(0)) >= 1.5 * weights.get(ranked.get(1)))) {
            home = ranked.get(0);
        } else {
            home = null;
        }
        mainCountry = ranked.isEmpty() ? null : ranked.get(0);
        List<String> section = null;
        for (Sentence s : sentences) {
            List<CountryRef> named = refs.parties(s.start(), s.end());
            Set<String> codes = CountryRefs.codes(named);
            if (s.heading() && isCountriesOnly(s, named)) {
                // A round-up's section heading ("TADJIKISTAN – IRAN"): the pair the section is about.
                section = codes.size() == 2 ? sorted(codes) : null;
            }
            sectionPairs.add(section);
            if (CountryRefs.hasGroup(named) && codes.size() >= 2) {
                // "la Chine et les cinq pays d'Asie centrale": the group and its partner.
                sentencePairs.add(sorted(codes));
            } else if (codes.size() == 1 && section != null && section.contains(codes.iterator().next())) {
                sentencePairs.add(section);
            } else if (codes.size() == 2) {
                sentencePairs.add(sorted(codes));
            } else if (codes.size() == 1 && mainCountry != null && !codes.contains(mainCountry)) {
                // "Relations with neighbouring Kazakhstan have improved": with the country the story is about.
                sentencePairs.add(sorted(List.of(mainCountry, codes.iterator().next())));
            } else {
                sentencePairs.add(null);
            }
        }
    }

    public List<String> dominantPair() {
        return dominantPair;
    }

    /** The country the article is mostly about, when one clearly is. */
    public String home() {
        return home;
    }

    /** The pair named in this sentence or the one before it in the same paragraph, else the article's pair. */
    public List<String> focusPair(Sentence s) {
        List<String> here = sentencePairs.get(s.index());
        if (here != null) {
            return here;
        }
        if (s.index() > 0) {
            Sentence previous = sentences.get(s.index() - 1);
            List<String> before = sentencePairs.get(previous.index());
            if (before != null && previous.line() == s.line()) {
                return before;
            }
        }
        return storyPair(s);
    }

    /** The pair of the section a sentence is in (a round-up of several meetings), else the article's pair. */
    private List<String> storyPair(Sentence s) {
        List<String> section = sectionPairs.get(s.index());
        return section != null ? section : dominantPair;
    }

    /**
     * A heading that only names countries ("TADJIKISTAN – IRAN", "Mongolie / Japon"): the title of a section of a
     * round-up. Joiners between the names are dashes, slashes, commas, "et", "and".
     */
    private boolean isCountriesOnly(Sentence s, List<CountryRef> named) {
        if (named.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        int at = s.start();
        for (CountryRef r : refs.between(s.start(), s.end())) {
            if (r.start() < at) {
                continue;
            }
            rest.append(folded, at, r.start()).append(' ');
            at = r.end();
        }
        rest.append(folded, at, s.end());
        for (String token : rest.toString().split("[\\s\\-/,:|&+]+")) {
            if (!token.isEmpty() && !token.equals("et") && !token.equals("and") && !token.equals("le")
                    && !token.equals("la") && !token.equals("l'") && !token.equals("les") && !token.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /** The pair named in the previous sentence of the paragraph, else the article's pair. */
    public List<String> focusBefore(Sentence s) {
        if (s.index() > 0) {
            Sentence previous = sentences.get(s.index() - 1);
            List<String> before = sentencePairs.get(previous.index());
            if (before != null && previous.line() == s.line()) {
                return before;
            }
        }
        return storyPair(s);
    }

    /**
     * Parties of a fact anchored at {@code anchor} in sentence {@code s}; {@code localStart} is where its clause
     * starts (the end of the previous figure, or the sentence start).
     */
    public Resolution resolve(Sentence s, int localStart, int anchor, int clauseEnd) {
        return resolve(s, localStart, anchor, clauseEnd, false);
    }

    /**
     * As {@link #resolve(Sentence, int, int, int)}; {@code pairNamed} says the clause refers to "les deux pays" or
     * "bilatéral", which outweighs countries the sentence only mentions in passing.
     */
    public Resolution resolve(Sentence s, int localStart, int anchor, int clauseEnd, boolean pairNamed) {
        CountryRef rival = attachedRival(s, anchor);
        if (rival != null) {
            // "Russia is Tashkent's second partner, behind China, with which trade totalled $13.7 billion".
            String owner = rankingOwner(s, rival.code());
            if (owner != null) {
                return new Resolution(sorted(List.of(owner, rival.code())), false);
            }
            return pairWith(s, rival.code(), CountryRefs.codes(refs.parties(s.start(), s.end())));
        }
        List<CountryRef> local = refs.parties(localStart, anchor);
        Set<String> localCodes = CountryRefs.codes(local);
        if (CountryRefs.hasGroup(local)) {
            // "le commerce entre la Chine et les cinq pays d'Asie centrale": the group's members and its partner.
            return new Resolution(sorted(localCodes), false);
        }
        if (localCodes.size() < 2 && (refs.unnamedGroupBetween(localStart, anchor)
                || refs.unnamedGroupBetween(anchor, Math.min(clauseEnd, anchor + 40)))) {
            // "les échanges avec la région", "entre les États membres": partners the text does not name.
            return new Resolution(List.of(), false);
        }
        // "... 40 milliards avec la Chine": a partner named right after the figure.
        if (localCodes.isEmpty()) {
            for (CountryRef r : refs.parties(anchor, clauseEnd)) {
                if (r.start() - anchor < 40 && partnerWordBefore(r)) {
                    localCodes.add(r.code());
                }
            }
        }
        if (localCodes.isEmpty() && pairNamed) {
            // "Les deux pays ..." points back: to the pair named before, not to countries named later on.
            return new Resolution(focusBefore(s), true);
        }
        if (localCodes.size() == 2) {
            return new Resolution(sorted(localCodes), false);
        }
        if (localCodes.size() > 2) {
            return new Resolution(nearestTwo(local, anchor), false);
        }
        Set<String> sentenceCodes = CountryRefs.codes(refs.parties(s.start(), s.end()));
        if (localCodes.size() == 1) {
            String x = localCodes.iterator().next();
            // "Astana, qui vise 3 milliards de dollars d'échanges avec l'Afghanistan": the partner after the figure.
            for (CountryRef r : refs.parties(anchor, clauseEnd)) {
                if (r.start() - anchor < PARTNER_AFTER_REACH && !r.code().equals(x)
                        && r.source() != CountryRef.Source.GROUP && partnerWordBefore(r)
                        && !coordinationBetween(anchor, r.start())) {
                    return new Resolution(sorted(List.of(x, r.code())), false);
                }
            }
            // The sentence's own country pairs with it, unless it is another partner of the same list
            // ("le commerce avec la Chine ..., avec la Russie ...").
            for (CountryRef r : refs.parties(s.start(), localStart)) {
                if (!r.code().equals(x) && !partnerWordBefore(r)) {
                    return new Resolution(sorted(List.of(r.code(), x)), false);
                }
            }
            return pairWith(s, x, withoutPartners(s, sentenceCodes, x));
        }
        if (sentenceCodes.size() == 2) {
            return new Resolution(sorted(sentenceCodes), false);
        }
        if (sentenceCodes.size() == 1) {
            return pairWith(s, sentenceCodes.iterator().next(), sentenceCodes);
        }
        List<String> focus = focusPair(s);
        if (sentenceCodes.size() > 2 && focus.size() == 2 && !sentenceCodes.containsAll(focus)) {
            return new Resolution(List.of(), true);
        }
        return new Resolution(focus, true);
    }

    /**
     * The country named to rank another when a figure is its own: "ahead of Russia at $9.6 billion", "derrière la
     * Chine, avec laquelle les échanges ont totalisé 13,7 milliards". Null when the figure is the subject's.
     */
    private CountryRef attachedRival(Sentence s, int anchor) {
        CountryRef last = null;
        for (CountryRef r : refs.between(s.start(), anchor)) {
            if (!r.placeOnly()) {
                last = r;
            }
        }
        if (last == null || !last.rival() || last.end() > anchor) {
            return null;
        }
        String gap = folded.substring(last.end(), anchor);
        if (gap.indexOf(',') < 0 && gap.indexOf(';') < 0 && gap.strip().length() <= ATTACHED_GAP) {
            return last;
        }
        String g = gap.stripLeading();
        for (String opener : RELATIVE_OPENERS) {
            if (g.startsWith(opener)) {
                return last;
            }
        }
        return null;
    }

    /**
     * Whose partners a ranking ranks: "deuxième partenaire commercial du Tadjikistan", "Uzbekistan's largest
     * partner".
     */
    private String rankingOwner(Sentence s, String exclude) {
        String f = folded;
        for (String noun : RANKING_NOUNS) {
            for (int at = f.indexOf(noun, s.start()); at >= 0 && at < s.end(); at = f.indexOf(noun, at + 1)) {
                int after = at + noun.length();
                if (after < f.length() && f.charAt(after) == 's') {
                    after++;
                }
                if (after < f.length() && Character.isLetter(f.charAt(after))) {
                    continue; // "partnership"
                }
                for (CountryRef r : refs.between(after, Math.min(s.end(), after + 30))) {
                    String between = " " + f.substring(after, r.start());
                    if (!r.rival() && !r.code().equals(exclude) && (between.contains(" de ")
                            || between.contains(" du ") || between.endsWith(" d'") || between.contains(" of "))) {
                        return r.code();
                    }
                    break;
                }
                String owner = null;
                for (CountryRef r : refs.between(Math.max(s.start(), at - OWNER_REACH), at)) {
                    if (!r.rival() && !r.code().equals(exclude) && f.startsWith("'s", r.end())) {
                        owner = r.code();
                    }
                }
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** "..., with Russia $11.6 billion", "$11.6 billion and with Kazakhstan": the partner of the next figure. */
    private boolean coordinationBetween(int from, int to) {
        String gap = folded.substring(from, to);
        return gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0 || gap.contains(" and ") || gap.contains(" et ")
                || gap.contains(" while ") || gap.contains(" tandis ");
    }

    private boolean partnerWordBefore(CountryRef r) {
        String f = folded;
        for (String w : new String[] {"avec ", "with ", "entre ", "between ", "and ", "et ", "vers ", "to "}) {
            int from = r.start() - w.length();
            for (String article : new String[] {"", "le ", "la ", "les ", "l'", "the "}) {
                int at = from - article.length();
                if (at >= 0 && f.startsWith(w + article, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence's countries other than those named as partners in a list ("with China, with Russia"). */
    private Set<String> withoutPartners(Sentence s, Set<String> sentenceCodes, String x) {
        Set<String> out = new TreeSet<>();
        for (CountryRef r : refs.parties(s.start(), s.end())) {
            if (r.code().equals(x) || !partnerWordBefore(r)) {
                out.add(r.code());
            }
        }
        return out;
    }

    private Resolution pairWith(Sentence s, String x, Set<String> sentenceCodes) {
        Set<String> others = new TreeSet<>(sentenceCodes);
        others.remove(x);
        if (others.size() == 1) {
            return new Resolution(sorted(List.of(x, others.iterator().next())), false);
        }
        List<String> focus = focusPair(s);
        if (focus.size() == 2 && focus.contains(x)) {
            return new Resolution(focus, true);
        }
        String owner = home != null ? home : mainCountry;
        if (owner != null && !owner.equals(x)) {
            return new Resolution(sorted(List.of(owner, x)), true);
        }
        return new Resolution(List.of(x), true);
    }

    /** The one country a national figure ("l'économie kirghize") is about: the nearest to {@code position}. */
    public List<String> nearestSingle(Sentence s, int position) {
        CountryRef best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CountryRef r : refs.parties(s.start(), s.end())) {
            int d = r.start() >= position ? r.start() - position : position - r.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        if (best != null) {
            return List.of(best.code());
        }
        return home == null ? List.of() : List.of(home);
    }

    private static List<String> nearestTwo(List<CountryRef> local, int anchor) {
        Set<String> picked = new TreeSet<>();
        for (int i = local.size() - 1; i >= 0 && picked.size() < 2; i--) {
            picked.add(local.get(i).code());
        }
        return List.copyOf(picked);
    }

    private static List<String> sorted(java.util.Collection<String> codes) {
        return List.copyOf(new TreeSet<>(codes));
    }
}
