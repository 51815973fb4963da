package org.pledgewatch.extraction.reading.domain.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pledgewatch.extraction.reading.domain.Agreement;
import org.pledgewatch.extraction.reading.domain.Observation;
import org.pledgewatch.extraction.reading.domain.Pledge;
import org.pledgewatch.extraction.reading.domain.Reading;

/**
 * The matching rules of the official scorer (shared/dev-set/score.py), applied to a {@link Reading} directly:
 * a pledge matches on metric, parties, value (±1 %), unit and deadline year; an observation on metric, parties,
 * value, unit, kind and period year; an agreement on type (with aliases), parties and year-month. Only
 * trade_turnover and investment without sector are scored; repeats of a fact count once; optional gold items
 * are neither required nor penalised.
 */
final class Scorer {

    static final List<String> KINDS = List.of("pledges", "observations", "agreements");
    private static final Set<String> SCORED_METRICS = Set.of("trade_turnover", "investment");
    private static final Map<String, String> TYPE_ALIASES = Map.of("treaty", "agreement", "accord", "agreement",
            "convention", "agreement", "mou", "memorandum", "memorandum_of_understanding", "memorandum",
            "joint_declaration", "declaration", "program", "plan", "programme", "plan", "road_map", "roadmap");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Counts for one kind, with what was missed and what was extra. */
    static final class Tally {
        int tp;
        int fp;
        int fn;
        final List<String> notes = new ArrayList<>();

        void add(Tally o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            notes.addAll(o.notes);
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static Map<String, Object> asMap(Pledge p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", p.metric());
        m.put("parties", p.parties());
        Map<String, Object> target = new HashMap<>();
        target.put("value", p.targetValue() == null ? null : p.targetValue().doubleValue());
        target.put("unit", p.targetUnit());
        m.put("target", p.targetValue() == null ? null : target);
        m.put("deadline", p.deadline());
        m.put("sector", p.sector());
        return m;
    }

    static Map<String, Object> asMap(Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", o.metric());
        m.put("parties", o.parties());
        m.put("value", o.value().doubleValue());
        m.put("unit", o.unit());
        m.put("period", o.period());
        m.put("kind", o.kind());
        m.put("sector", o.sector());
        return m;
    }

    static Map<String, Object> asMap(Agreement a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", a.type());
        m.put("parties", a.parties());
        m.put("date", a.date());
        m.put("signedOn", a.signedOn());
        m.put("action", a.action());
        m.put("title", a.title());
        return m;
    }

    static Map<String, Tally> score(String doc, GoldSet.GoldDocument gold, Reading reading) {
        Map<String, Tally> out = new LinkedHashMap<>();
        out.put("pledges", match(doc, "pledges", gold.pledges(), reading.pledges().stream().map(Scorer::asMap).toList()));
        out.put("observations", match(doc, "observations", gold.observations(),
                reading.observations().stream().map(Scorer::asMap).toList()));
        out.put("agreements", match(doc, "agreements", gold.agreements(),
                reading.agreements().stream().map(Scorer::asMap).toList()));
        return out;
    }

    private static Tally match(String doc, String kind, List<Map<String, Object>> goldAll,
            List<Map<String, Object>> sysAll) {
        List<Map<String, Object>> gold = goldAll.stream().filter(g -> scored(kind, g)).toList();
        List<Map<String, Object>> sys = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Map<String, Object> s : sysAll) {
            if (!scored(kind, s)) {
                continue;
            }
            List<Object> key = kind.equals("agreements")
                    ? List.of(agrType(s.get("type")), parties(s.get("parties")), prefix(str(s.get("date")), 7))
                    : java.util.Arrays.asList(s.get("metric"), parties(s.get("parties")), num(valueOf(s)),
                            yearOf(s.get("deadline")), yearOf(s.get("period")), kindOf(s));
            if (seen.add(key)) {
                sys.add(s);
            }
        }
        Tally t = new Tally();
        Set<Integer> used = new HashSet<>();
        for (Map<String, Object> g : gold) {
            Integer hit = null;
            for (int i = 0; i < sys.size(); i++) {
                if (!used.contains(i) && ok(kind, g, sys.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit == null) {
                if (!optional(g)) {
                    t.fn++;
                    t.notes.add("  " + doc + " MISSED " + kind + ": " + g);
                }
            } else {
                used.add(hit);
                t.tp++;
            }
        }
        for (int i = 0; i < sys.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            final Map<String, Object> s = sys.get(i);
            if (gold.stream().anyMatch(g -> optional(g) && ok(kind, g, s))) {
                continue;
            }
            t.fp++;
            t.notes.add("  " + doc + " EXTRA  " + kind + ": " + s);
        }
        return t;
    }

    private static boolean optional(Map<String, Object> g) {
        return Boolean.TRUE.equals(g.get("optional"));
    }

    private static boolean scored(String kind, Map<String, Object> item) {
        if (kind.equals("agreements")) {
            return true;
        }
        Object sector = item.get("sector");
        return SCORED_METRICS.contains(item.get("metric")) && (sector == null || "".equals(sector));
    }

    private static boolean ok(String kind, Map<String, Object> g, Map<String, Object> s) {
        return switch (kind) {
            case "pledges" -> pledgeOk(g, s);
            case "observations" -> observationOk(g, s);
            default -> agreementOk(g, s);
        };
    }

    private static boolean pledgeOk(Map<String, Object> g, Map<String, Object> s) {
        if (!Objects.equals(g.get("metric"), s.get("metric")) || !parties(g.get("parties")).equals(parties(s.get("parties")))) {
            return false;
        }
        if (g.get("value") != null && !(close(num(g.get("value")), num(valueOf(s))) && Objects.equals(g.get("unit"), unitOf(s)))) {
            return false;
        }
        List<Object> allowed = new ArrayList<>();
        if (g.containsKey("deadline_any")) {
            allowed.addAll((List<?>) g.get("deadline_any"));
        } else {
            allowed.add(g.get("deadline"));
        }
        String y = yearOf(s.get("deadline"));
        return allowed.stream().anyMatch(a -> Objects.equals(yearOf(a), y));
    }

    private static boolean observationOk(Map<String, Object> g, Map<String, Object> s) {
        if (!Objects.equals(g.get("metric"), s.get("metric")) || !parties(g.get("parties")).equals(parties(s.get("parties")))
                || !close(num(g.get("value")), num(valueOf(s))) || !Objects.equals(g.get("unit"), unitOf(s))) {
            return false;
        }
        if (!kindOf(g).equals(kindOf(s))) {
            return false;
        }
        return g.get("period") == null || Objects.equals(yearOf(g.get("period")), yearOf(s.get("period")));
    }

    @SuppressWarnings("unchecked")
    private static boolean agreementOk(Map<String, Object> g, Map<String, Object> s) {
        if (!agrType(g.get("type")).equals(agrType(s.get("type")))) {
            return false;
        }
        if (!parties(g.get("parties")).equals(parties(s.get("parties")))) {
            return false;
        }
        List<Object> allowed = g.containsKey("date_any") ? (List<Object>) g.get("date_any")
                : java.util.Collections.singletonList(g.get("date"));
        if (allowed.contains(null)) {
            return true;
        }
        String sd = s.get("date") != null ? str(s.get("date")) : s.get("signedOn") != null ? str(s.get("signedOn")) : "";
        return allowed.stream().anyMatch(a -> prefix(sd, str(a).length()).equals(str(a)));
    }

    private static Object valueOf(Map<String, Object> s) {
        if (s.containsKey("target")) {
            Object t = s.get("target");
            return t instanceof Map<?, ?> m ? m.get("value") : t;
        }
        return s.get("value");
    }

    private static String unitOf(Map<String, Object> item) {
        Object t = item.get("target");
        if (t instanceof Map<?, ?> m && m.get("unit") != null) {
            return str(m.get("unit")).toUpperCase(java.util.Locale.ROOT);
        }
        Object u = item.get("unit");
        return u == null ? "" : str(u).toUpperCase(java.util.Locale.ROOT);
    }

    private static String kindOf(Map<String, Object> item) {
        Object k = item.get("kind");
        return k == null ? "actual" : str(k);
    }

    private static Double num(Object x) {
        if (x instanceof Number n) {
            return n.doubleValue();
        }
        if (x == null) {
            return null;
        }
        try {
            return Double.parseDouble(x.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean close(Double a, Double b) {
        return a != null && b != null && Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
    }

    static String yearOf(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return Integer.toString(n.intValue());
        }
        Matcher m = YEAR.matcher(v.toString());
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static List<String> parties(Object p) {
        TreeSet<String> out = new TreeSet<>();
        if (p instanceof List<?> list) {
            for (Object x : list) {
                if (x != null) {
                    out.add(x.toString().toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String agrType(Object t) {
        String s = t == null ? "" : t.toString().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        return TYPE_ALIASES.getOrDefault(s, s);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
