package org.pledgewatch.extraction.reading.domain.lexicon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.pledgewatch.extraction.reading.domain.text.Folding;
import org.pledgewatch.extraction.reading.domain.text.LineRule;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;

/**
 * Everything the reader knows about the words of one language, loaded once from {@code reading/common} and
 * {@code reading/LANG}: a whole-word trie over the folded terms ({@link WordTrie}), plus the page conventions (bylines,
 * abbreviations) and the stopwords that identify the language. Immutable and safe to share between threads.
 */
public final class Lexicon {

    private static final String ROOT = "reading/";

    private final String language;
    private final WordTrie<List<Term>> trie;
    private final Map<String, BigDecimal> attachedScales;
    private final Set<String> stopwords;
    private final Set<String> abbreviations;
    private final List<LineRule> lineRules;
    private final Set<String> countryCodes;
    private final int termCount;

    private Lexicon(String language, Map<String, List<Term>> terms, Map<String, BigDecimal> attachedScales,
            Set<String> stopwords, Set<String> abbreviations, List<LineRule> lineRules, Set<String> countryCodes) {
        this.language = language;
        Map<String, List<Term>> byKey = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, List<Term>> e : terms.entrySet()) {
            byKey.put(e.getKey(), List.copyOf(e.getValue()));
            count += e.getValue().size();
        }
        this.trie = WordTrie.of(byKey);
        this.termCount = count;
        this.attachedScales = Map.copyOf(attachedScales);
        this.stopwords = Set.copyOf(stopwords);
        this.abbreviations = Set.copyOf(abbreviations);
        this.lineRules = List.copyOf(lineRules);
        this.countryCodes = Set.copyOf(countryCodes);
    }

    public static Lexicon load(String language) {
        Loader loader = new Loader(language);
        loader.loadAll();
        return new Lexicon(language, loader.terms, loader.attachedScales, loader.stopwords, loader.abbreviations,
                loader.lineRules, loader.countryCodes);
    }

    public String language() {
        return language;
    }

    public Set<String> stopwords() {
        return stopwords;
    }

    public Set<String> abbreviations() {
        return abbreviations;
    }

    public List<LineRule> lineRules() {
        return lineRules;
    }

    /** Codes of common/countries.tsv: every party the reader may output. */
    public Set<String> countryCodes() {
        return countryCodes;
    }

    public int termCount() {
        return termCount;
    }

    /** The multiplier of a scale written against digits ("bn" in "$1.5bn"), or null. */
    public BigDecimal attachedScale(String foldedSuffix) {
        return attachedScales.get(foldedSuffix);
    }

    /**
     * All terms in the text as whole words. Where terms overlap the longest wins ("chiffre d'affaires commercial"
     * over "le chiffre"), then the leftmost; every term written exactly at the winning span is kept.
     */
    public List<Mention> find(NormalizedText text) {
        String f = text.folded();
        List<WordTrie.Match<List<Term>>> matches = trie.find(f);
        List<int[]> spans = new ArrayList<>(matches.size());
        List<List<Term>> payloads = new ArrayList<>(matches.size());
        for (WordTrie.Match<List<Term>> match : matches) {
            int start = match.start();
            int end = match.end();
            List<Term> accepted = null;
            for (Term term : match.payload()) {
                if (term.caseSensitive() && !text.originalText(start, end).equals(term.written())) {
                    continue;
                }
                if (accepted == null) {
                    accepted = new ArrayList<>(2);
                }
                accepted.add(term);
            }
            if (accepted != null) {
                spans.add(new int[] {start, end, payloads.size()});
                payloads.add(accepted);
            }
        }
        spans.sort((a, b) -> {
            int la = a[1] - a[0];
            int lb = b[1] - b[0];
            return la != lb ? Integer.compare(lb, la) : Integer.compare(a[0], b[0]);
        });
        BitSet taken = new BitSet(f.length());
        List<int[]> kept = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int firstTaken = taken.nextSetBit(span[0]);
            if (firstTaken >= 0 && firstTaken < span[1]) {
                continue;
            }
            taken.set(span[0], span[1]);
            kept.add(span);
        }
        kept.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Mention> out = new ArrayList<>(kept.size());
        for (int[] span : kept) {
            for (Term term : payloads.get(span[2])) {
                out.add(new Mention(span[0], span[1], term));
            }
        }
        return out;
    }

    /** Reads the resource files of one language into terms. */
    private static final class Loader {
        private final String language;
        private final Map<String, List<Term>> terms = new LinkedHashMap<>();
        private final Map<String, BigDecimal> attachedScales = new HashMap<>();
        private final Set<String> stopwords = new HashSet<>();
        private final Set<String> abbreviations = new HashSet<>();
        private final List<LineRule> lineRules = new ArrayList<>();
        private final Set<String> countryCodes = new HashSet<>();

        Loader(String language) {
            this.language = language;
        }

        void loadAll() {
            for (String[] row : TsvResource.rows(ROOT + "common/countries.tsv")) {
                countryCodes.add(row[0]);
            }
            for (String[] row : TsvResource.rows(path("countries.tsv"))) {
                String term = row[0];
                TermKind kind = term.endsWith("-") ? TermKind.COUNTRY_PREFIX : TermKind.COUNTRY;
                add(term, kind, checkedCode(row[1], "countries.tsv"), "", cs(row));
            }
            for (String[] row : TsvResource.rows(ROOT + "common/cities.tsv")) {
                add(row[0], TermKind.CITY, checkedCode(row[1], "cities.tsv"), TsvResource.cell(row, 2), cs(row));
            }
            for (String[] row : TsvResource.rows(path("groups.tsv"))) {
                add(row[0], TermKind.GROUP, checkedMembers(row[1]), "", cs(row));
            }
            for (String[] row : TsvResource.rows(ROOT + "common/leaders.tsv")) {
                add(row[0], TermKind.LEADER, checkedCode(row[1], "leaders.tsv"), TsvResource.cell(row, 2), cs(row));
            }
            for (String[] row : TsvResource.rows(ROOT + "common/currencies.tsv")) {
                add(row[0], TermKind.CURRENCY, row[1], TsvResource.cell(row, 2), cs(row));
            }
            loadNumbers();
            loadCalendar();
            simple("metrics.tsv", TermKind.METRIC);
            simple("figure-cues.tsv", TermKind.FIGURE_CUE);
            simple("sectors.tsv", TermKind.SECTOR);
            simple("references.tsv", TermKind.REFERENCE);
            simple("agreements.tsv", TermKind.AGREEMENT);
            simple("actions.tsv", TermKind.ACTION);
            for (String[] row : TsvResource.rows(path("boilerplate.tsv"))) {
                LineRule.Effect effect = switch (row[1]) {
                    case "rest" -> LineRule.Effect.REST;
                    case "related" -> LineRule.Effect.RELATED;
                    case "byline" -> LineRule.Effect.BYLINE;
                    default -> LineRule.Effect.LINE;
                };
                lineRules.add(new LineRule(Folding.fold(row[0]), effect));
            }
            for (String[] row : TsvResource.rows(path("stopwords.txt"))) {
                stopwords.add(Folding.fold(row[0]));
            }
            for (String[] row : TsvResource.rows(path("abbreviations.txt"))) {
                abbreviations.add(Folding.fold(row[0]));
            }
        }

        private void loadNumbers() {
            for (Map.Entry<String, Integer> e : SpelledNumberWords.of(language).entrySet()) {
                addFolded(e.getKey(), new Term(TermKind.NUMBER_WORD, Integer.toString(e.getValue()), "", false,
                        e.getKey()));
            }
            for (String hundred : "fr".equals(language) ? List.of("cent", "cents") : List.of("hundred", "hundreds")) {
                add(hundred, TermKind.HUNDRED, "100", "", false);
            }
            for (String[] row : TsvResource.rows(path("numbers.tsv"))) {
                String kind = row[1];
                switch (kind) {
                    case "scale" -> add(row[0], TermKind.SCALE, row[2], "", cs(row));
                    case "attached" -> attachedScales.put(Folding.fold(row[0]), new BigDecimal(row[2]));
                    case "half" -> add(row[0], TermKind.HALF, row[2], "", cs(row));
                    case "percent" -> add(row[0], TermKind.PERCENT, row[2], "", cs(row));
                    case "unit" -> add(row[0], TermKind.UNIT, row[2], "", cs(row));
                    case "number" -> add(row[0], TermKind.NUMBER_WORD, row[2], "", cs(row));
                    default -> throw new IllegalStateException("unknown number kind " + kind + " in numbers.tsv");
                }
            }
        }

        private void loadCalendar() {
            for (String[] row : TsvResource.rows(path("calendar.tsv"))) {
                TermKind kind = switch (row[1]) {
                    case "month" -> TermKind.MONTH;
                    case "relative-year" -> TermKind.RELATIVE_YEAR;
                    case "same-year" -> TermKind.SAME_YEAR;
                    case "part" -> TermKind.PART_OF_YEAR;
                    case "ytd" -> TermKind.YEAR_TO_DATE;
                    case "first-months" -> TermKind.FIRST_MONTHS;
                    case "first-months-pre" -> TermKind.FIRST_MONTHS_PRE;
                    case "first-months-unit" -> TermKind.FIRST_MONTHS_UNIT;
                    case "year-word" -> TermKind.YEAR_WORD;
                    case "deadline" -> TermKind.DEADLINE;
                    case "deadline-this-year" -> TermKind.DEADLINE_THIS_YEAR;
                    case "since" -> TermKind.SINCE;
                    case "within" -> TermKind.WITHIN;
                    case "duration" -> TermKind.DURATION;
                    case "vague" -> TermKind.VAGUE_HORIZON;
                    case "modifier" -> TermKind.DATE_MODIFIER;
                    case "weekday" -> TermKind.WEEKDAY;
                    case "relative-day" -> TermKind.RELATIVE_DAY;
                    case "relative-month" -> TermKind.RELATIVE_MONTH;
                    case "base" -> TermKind.BASE;
                    default -> throw new IllegalStateException("unknown calendar kind " + row[1]);
                };
                add(row[0], kind, TsvResource.cell(row, 2), "", cs(row));
            }
        }

        private void simple(String file, TermKind kind) {
            for (String[] row : TsvResource.rows(path(file))) {
                add(row[0], kind, TsvResource.cell(row, 1), TsvResource.cell(row, 2), cs(row));
            }
        }

        private String path(String file) {
            return ROOT + language + "/" + file;
        }

        private String checkedCode(String code, String file) {
            if (!countryCodes.contains(code)) {
                throw new IllegalStateException(file + " uses code " + code + " missing from common/countries.tsv");
            }
            return code;
        }

        /** "KG,KZ,TJ,TM,UZ": every member a known code; "?" for a group without named members, "-" for no group. */
        private String checkedMembers(String members) {
            if (members.equals("?") || members.equals("-")) {
                return members;
            }
            for (String code : members.split(",")) {
                checkedCode(code, "groups.tsv");
            }
            return members;
        }

        private static boolean cs(String[] row) {
            return row.length > 1 && "cs".equals(row[row.length - 1]);
        }

        private void add(String written, TermKind kind, String value, String extra, boolean caseSensitive) {
            String folded = Folding.fold(written);
            if (folded.isEmpty()) {
                return;
            }
            addFolded(folded, new Term(kind, value, "cs".equals(extra) ? "" : extra, caseSensitive, written));
        }

        private void addFolded(String folded, Term term) {
            List<Term> list = terms.computeIfAbsent(folded, k -> new ArrayList<>(1));
            if (!list.contains(term)) {
                list.add(term);
            }
        }
    }
}
