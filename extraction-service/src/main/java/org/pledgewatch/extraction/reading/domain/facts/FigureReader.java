package org.pledgewatch.extraction.reading.domain.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pledgewatch.extraction.reading.domain.Observation;
import org.pledgewatch.extraction.reading.domain.Pledge;
import org.pledgewatch.extraction.reading.domain.Span;
import org.pledgewatch.extraction.reading.domain.lexicon.Mention;
import org.pledgewatch.extraction.reading.domain.lexicon.TermKind;
import org.pledgewatch.extraction.reading.domain.numbers.Amount;
import org.pledgewatch.extraction.reading.domain.places.CountryRef;
import org.pledgewatch.extraction.reading.domain.places.CountryRefs;
import org.pledgewatch.extraction.reading.domain.places.PartyResolver;
import org.pledgewatch.extraction.reading.domain.text.Sentence;
import org.pledgewatch.extraction.reading.domain.time.TimeExpr;

/**
 * Reads the figures of an article: each amount is attached to what it measures (the nearest metric word),
 * what it is (a target, a forecast or a reported value: the nearest cue in its clause), when (the date right
 * after it, else before it in its clause, else the sentence's opening date) and between whom (see
 * {@link PartyResolver}). Percentages are kept only as growth rates, under their own metric.
 */
final class FigureReader {

    /** How far after a figure a date still belongs to it ("1,7 milliard de dollars en 2024"). */
    private static final int FOLLOWING_DATE_REACH = 40;
    /** How many sentences back "ce chiffre" or an implicit currency may point. */
    private static final int ANAPHORA_REACH = 3;
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "est de", "sont de", "etait de",
            "etaient de", "a ete de", "ont ete de");
    /** "par an", "a year": a figure stated as a yearly rate. */
    private static final String[] RATE_WORDS = {"par an", "par annee", "annuellement", "per year", "a year",
        "annually", "per annum"};
    private static final String[] RIGHT_METRIC_GAPS = {"", "de", "d'", "en", "in", "of", "worth of", "d'une valeur",
        "dans les", "dans le", "en termes d'", "of goods in"};

    private final ArticleContext ctx;
    private final EventTimeline timeline;
    private final List<Pledge> pledges = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<RelativeTarget> relativeTargets = new ArrayList<>();

    private String lastLevelMetric;
    private int lastLevelSentence = -100;
    private String lastCurrency;
    private int lastCurrencySentence = -100;
    /** The metric each money figure read so far was given, by its start offset. */
    private final Map<Integer, String> resolvedMetric = new HashMap<>();

    /** A target stated as a multiple of the current level ("doubler les échanges d'ici 2030"). */
    record RelativeTarget(String metric, List<String> parties, BigDecimal factor, String deadline, String statedBy,
            String statedOn, Span evidence, double confidence) {
    }

    FigureReader(ArticleContext ctx, EventTimeline timeline) {
        this.ctx = ctx;
        this.timeline = timeline;
    }

    List<Pledge> pledges() {
        return pledges;
    }

    List<Observation> observations() {
        return observations;
    }

    List<RelativeTarget> relativeTargets() {
        return relativeTargets;
    }

    void read() {
        for (Sentence s : ctx.sentences()) {
            readSentence(s);
        }
    }

    private void readSentence(Sentence s) {
        List<Amount> amounts = ctx.amountsIn(s);
        List<TimeExpr> times = ctx.timesIn(s);
        Map<TimeExpr, Amount> claimed = claimDates(amounts, times, s);
        FigureKind previousKind = null;
        String previousMetric = null;
        Set<String> absolutePledgeMetrics = new LinkedHashSet<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            int segStart = i == 0 ? s.start() : amounts.get(i - 1).end();
            int nextStart = i + 1 < amounts.size() ? amounts.get(i + 1).start() : s.end();
            if (isRetracted(s, a)) {
                continue;
            }
            if (a.isPercent()) {
                if (!readPercentTarget(s, a, segStart, times)) {
                    readGrowth(s, a, segStart, nextStart, times, claimed);
                }
                continue;
            }
            boolean inheritedCurrency = false;
            String unit = a.unit();
            if (unit == null) {
                unit = impliedCurrency(s, amounts, i);
                inheritedCurrency = true;
                if (unit == null) {
                    continue;
                }
            }
            MetricCue metric = metricOf(s, a.withCurrency(unit), segStart, false, previousMetric);
            if (metric == null || metric.metric == null) {
                continue;
            }
            lastCurrency = unit;
            lastCurrencySentence = s.index();
            FigureKind kind = kindOf(s, a, i, amounts, segStart, nextStart, previousKind, times);
            resolvedMetric.put(a.start(), metric.metric);
            PartyResolver.Resolution who = partiesOf(s, a, partyStart(s, amounts, i), nextStart, metric.metric,
                    metric.position);
            if (who != null && isNationalTotal(s, a, metric, segStart, nextStart)) {
                who = null;
            }
            if (who == null) {
                previousKind = kind;
                previousMetric = metric.metric;
                continue;
            }
            String sector = sectorOf(s, metric, a);
            double confidence = confidence(who.inferred(), metric.fromAnaphora, inheritedCurrency);
            Span evidence = evidence(s, Math.min(metric.position, a.start()), a.end());
            if (kind == FigureKind.PLEDGE) {
                if (isThirdCountryProposal(s, a, who.parties())) {
                    previousKind = kind;
                    previousMetric = metric.metric;
                    continue;
                }
                TimeExpr deadline = deadlineOf(s, a, nextStart, times, claimed);
                pledges.add(new Pledge(metric.metric, who.parties(), a.value(), unit, null,
                        deadline == null ? null : deadline.asDeadline(), statedBy(s), timeline.dateAt(s), sector,
                        evidence, confidence));
                absolutePledgeMetrics.add(metric.metric);
            } else {
                TimeExpr period = periodOf(s, a, segStart, nextStart, times, claimed);
                if (period == null && kind == FigureKind.FORECAST) {
                    period = forecastHorizon(a, nextStart, times);
                }
                observations.add(new Observation(metric.metric, who.parties(), a.value(), unit,
                        period == null ? null : period.asPeriod(), kind.observationKind(), qualifierOf(a), sector,
                        evidence, confidence));
                lastLevelMetric = metric.metric;
                lastLevelSentence = s.index();
            }
            previousKind = kind;
            previousMetric = metric.metric;
        }
        readRelativeTargets(s, times, absolutePledgeMetrics, amounts);
    }

    // ---- clauses, corrections, national totals -------------------------------------------------------------

    /** Words that open a new clause inside a sentence: the countries before them are another clause's. */
    private static final String[] CLAUSE_OPENERS = {" tandis que ", " tandis qu'", " alors que ", " alors qu'",
        " whereas ", " while ", "; "};
    /** How many sentences back the topic of a figure without a metric word may have been named. */
    private static final int TOPIC_REACH = 4;

    /**
     * Where the clause of a money figure starts, for its parties: after the previous money figure (a rate between
     * them belongs to the same clause: "les échanges avec l'Ouzbékistan ont progressé de 10 % pour atteindre 13,8
     * milliards"), and after "tandis que", "while" that open a new clause.
     */
    private int partyStart(Sentence s, List<Amount> amounts, int index) {
        int j = index - 1;
        while (j >= 0 && amounts.get(j).isPercent()) {
            j--;
        }
        int start = j < 0 ? s.start() : amounts.get(j).end();
        String f = ctx.folded();
        int to = amounts.get(index).start();
        int clauseStart = start;
        for (String opener : CLAUSE_OPENERS) {
            for (int at = to - opener.length(); at >= clauseStart; at--) {
                if (f.startsWith(opener, at)) {
                    start = Math.max(start, at + opener.length());
                    break;
                }
            }
        }
        return start;
    }

    /**
     * A figure an article withdraws: "une version précédente de cet article indiquait ... 700 millions", "An earlier
     * version misstated it as $850 million".
     */
    private boolean isRetracted(Sentence s, Amount a) {
        return ctx.mentions().lastBefore(s.start(), a.start(), m -> m.is(TermKind.FIGURE_CUE, "retracted")) != null;
    }

    /**
     * "La Géorgie a attiré 1,6 milliard de dollars d'investissements directs étrangers": foreign investment from all
     * origins into one country, no investment between two parties, when the clause names no second country.
     */
    private boolean isNationalTotal(Sentence s, Amount a, MetricCue metric, int segStart, int nextStart) {
        if (!"investment".equals(metric.metric) || metric.fromAnaphora) {
            return false;
        }
        String f = ctx.folded();
        int from = Math.max(s.start(), metric.position - 12);
        int to = Math.min(s.end(), metric.end + 12);
        String around = f.substring(from, to);
        boolean foreign = around.contains("etranger") || around.contains("foreign")
                || ctx.text().originalText(metric.position, metric.end).equals("IDE")
                || ctx.text().originalText(metric.position, metric.end).equals("FDI");
        if (!foreign) {
            return false;
        }
        int clauseStart = Math.min(segStart, metric.position);
        return CountryRefs.codes(ctx.countries().parties(clauseStart, nextStart)).size() < 2;
    }

    /** "is expected to exceed $4 billion by the end of the year": the horizon of a forecast is its period. */
    private TimeExpr forecastHorizon(Amount a, int nextStart, List<TimeExpr> times) {
        for (TimeExpr t : times) {
            if (t.start() >= a.end() && t.start() < nextStart && t.start() - a.end() <= FOLLOWING_DATE_REACH
                    && t.role() == TimeExpr.Role.DEADLINE && t.kind() != TimeExpr.Kind.VAGUE && t.hasYear()) {
                return new TimeExpr(t.start(), t.end(), t.kind(), TimeExpr.Role.NONE, t.year(), t.month(), t.day(),
                        t.toYear(), t.toMonth(), t.toDay(), t.deictic());
            }
        }
        return null;
    }

    /**
     * "Les deux dirigeants se sont fixé pour objectif d'accroître de 50 % les échanges d'ici 2030", "to increase
     * trade by 50% by 2030": a target stated as a percentage change, a relative target of factor 1 + rate. True when
     * the rate was read as such.
     */
    private boolean readPercentTarget(Sentence s, Amount a, int segStart, List<TimeExpr> times) {
        String f = ctx.folded();
        if (!endsWithWord(f, a.start(), "de", "by", "d'")) {
            return false;
        }
        Mention cue = null;
        List<Mention> before = ctx.mentions().between(Math.max(segStart, a.start() - 60), a.start());
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (m.kind() != TermKind.FIGURE_CUE || isQualifier(m.value())) {
                continue;
            }
            cue = m;
            break;
        }
        // "veulent augmenter de 50 % leurs échanges": a verb of change right after a verb of aim raises too.
        boolean aimed = cue != null && cue.value().equals("growth") && aimedJustBefore(s, cue);
        if (cue == null || !(aimed || cue.value().equals("raise") || cue.value().equals("pledge"))
                || forecastBetween(Math.max(s.start(), cue.start() - 40), cue.start())) {
            return false;
        }
        Mention metric = ctx.mentions().lastBefore(cue.end(), a.start(),
                m -> m.kind() == TermKind.METRIC && !isWeak(m) && !"-".equals(m.value()));
        if (metric == null) {
            // "accroître de 50 % les échanges": the metric right after the rate.
            for (Mention m : ctx.mentions().between(a.end(), Math.min(s.end(), a.end() + 30))) {
                if (m.kind() == TermKind.METRIC && !isWeak(m) && !"-".equals(m.value())) {
                    String gap = ctx.gap(a.end(), m.start());
                    if (rightGapOk(gap) || gap.equals("les") || gap.equals("leurs") || gap.equals("le")
                            || gap.equals("la") || gap.equals("the") || gap.equals("their")) {
                        metric = m;
                    }
                }
                break;
            }
        }
        if (metric == null || Metrics.isNational(metric.value()) || a.value().signum() <= 0) {
            return false;
        }
        PartyResolver.Resolution who = ctx.parties().resolve(s, s.start(), cue.start(), s.end(),
                pairNamed(s.start(), a.start()));
        if (who.parties().size() < 2) {
            return true;
        }
        TimeExpr deadline = null;
        for (TimeExpr t : times) {
            if (t.start() >= a.end() && isDeadline(t)) {
                deadline = t.kind() == TimeExpr.Kind.VAGUE ? null : t;
                break;
            }
        }
        BigDecimal factor = BigDecimal.ONE.add(a.value().movePointLeft(2));
        relativeTargets.add(new RelativeTarget(metric.value(), who.parties(), factor,
                deadline == null ? null : deadline.asDeadline(), statedBy(s), timeline.dateAt(s),
                evidence(s, cue.start(), Math.max(Math.max(a.end(), metric.end()), deadline == null ? 0 : deadline.end())),
                confidence(who.inferred(), false, false) - 0.1));
        return true;
    }

    /** How far before a verb of change a verb of aim may end: "veulent augmenter", "objectif d'accroître". */
    private static final int AIM_REACH = 6;

    /**
     * Whether a verb of aim ("veulent", "visent à", "objectif d'") ends right before a verb of change ("augmenter de"),
     * with at most a preposition between them: the change is then the aim, not a change that happened.
     */
    private boolean aimedJustBefore(Sentence s, Mention change) {
        Mention aim = ctx.mentions().lastBefore(Math.max(s.start(), change.start() - AIM_REACH - 20), change.start(),
                m -> m.is(TermKind.FIGURE_CUE, "pledge"));
        if (aim == null || change.start() - aim.end() > AIM_REACH) {
            return false;
        }
        String gap = ctx.gap(aim.end(), change.start());
        return gap.isEmpty() || gap.equals("a") || gap.equals("d'") || gap.equals("de") || gap.equals("to");
    }

    /**
     * A money figure with no metric word of its own, told as a reported or targeted level ("nous avons atteint
     * environ 1,2 milliard", "we have set a goal of $1.5 billion"), continues the topic named just before: the last
     * strong metric word of the previous sentences (a question in an interview, a level reported earlier), when no
     * figure of another metric came in between and the figure ends its clause (nothing it is the sum of follows).
     */
    private String topicMetric(Sentence s, Amount a, int segStart) {
        boolean cued = false;
        for (Mention m : ctx.mentions().between(segStart, a.start())) {
            if (m.kind() == TermKind.FIGURE_CUE && !isQualifier(m.value()) && !m.value().equals("proposal")) {
                cued = true;
            }
        }
        for (Mention m : ctx.mentions().between(a.end(), Math.min(s.end(), a.end() + 3))) {
            cued |= m.is(TermKind.FIGURE_CUE, "pledge");
        }
        if (!cued || s.index() == 0 || !endsClause(s, a)) {
            // "the EU has pledged €10 billion for transport links": a sum for something else, not a level.
            return null;
        }
        int from = ctx.sentences().get(Math.max(0, s.index() - TOPIC_REACH)).start();
        Mention topic = ctx.mentions().lastBefore(from, s.start(),
                m -> m.kind() == TermKind.METRIC && !isWeak(m) && !"-".equals(m.value()));
        if (topic == null || Metrics.isNational(topic.value())) {
            return null;
        }
        for (Amount other : ctx.amountsIn(new Sentence(-1, topic.end(), a.start(), -1, false))) {
            if (!other.isPercent() && !topic.value().equals(resolvedMetric.get(other.start()))) {
                return null;
            }
        }
        return topic.value();
    }

    // ---- growth rates -------------------------------------------------------------------------------------

    private void readGrowth(Sentence s, Amount a, int segStart, int nextStart, List<TimeExpr> times,
            Map<TimeExpr, Amount> claimed) {
        Mention growth = growthCue(s, a, segStart);
        if (growth == null) {
            return;
        }
        MetricCue metric = metricOf(s, a, segStart, true, null);
        if (metric == null || metric.metric == null || "-".equals(metric.metric)) {
            return;
        }
        String level = metric.metric;
        List<String> parties;
        boolean inferred;
        if (Metrics.isNational(level)) {
            parties = ctx.parties().nearestSingle(s, metric.position);
            inferred = false;
        } else {
            PartyResolver.Resolution who = ctx.parties().resolve(s, segStart, a.start(), nextStart,
                    pairNamed(s.start(), a.start()));
            parties = who.parties();
            inferred = who.inferred();
        }
        if (parties.isEmpty()) {
            return;
        }
        FigureKind kind = forecastBetween(segStart, a.start()) ? FigureKind.FORECAST : FigureKind.ACTUAL;
        if (kind == FigureKind.ACTUAL && isTargetContext(segStart, a.start())) {
            return;
        }
        BigDecimal value = "decline".equals(growth.value()) ? a.value().negate() : a.value();
        TimeExpr period = periodOf(s, a, segStart, nextStart, times, claimed);
        String periodText = period == null ? baseYearPlusOne(a, nextStart, times) : period.asPeriod();
        observations.add(new Observation(Metrics.growthOf(level), parties, value, "%",
                periodText, kind.observationKind(), qualifierOf(a),
                sectorOf(s, metric, a),
                evidence(s, Math.min(metric.position, a.start()), a.end()), confidence(inferred, false, false) - 0.1));
    }

    /**
     * "Trade rose 9% from 2023", with no other date in reach: the rate describes the year after the one it is
     * compared with (when that year is not after publication).
     */
    private String baseYearPlusOne(Amount a, int nextStart, List<TimeExpr> times) {
        for (TimeExpr t : times) {
            if (t.role() == TimeExpr.Role.BASE && t.start() >= a.end() && t.start() < nextStart
                    && t.start() - a.end() <= FOLLOWING_DATE_REACH) {
                int year = t.year() + 1;
                return ctx.publishedOn() != null && year > ctx.publishedOn().getYear() ? null : Integer.toString(year);
            }
        }
        return null;
    }

    /** "a augmenté de 13,6 %", "une croissance de 11,7%", "up 13.6%", "a 13.6% increase". */
    private Mention growthCue(Sentence s, Amount a, int segStart) {
        List<Mention> before = ctx.mentions().between(segStart, a.start());
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (m.kind() != TermKind.FIGURE_CUE) {
                continue;
            }
            String role = m.value();
            if (role.equals("growth") || role.equals("decline")) {
                return m;
            }
            if (isQualifier(role) || role.equals("forecast") || role.equals("proposal")) {
                continue;
            }
            break;
        }
        for (Mention m : ctx.mentions().between(a.end(), Math.min(s.end(), a.end() + 25))) {
            if (m.kind() == TermKind.FIGURE_CUE && (m.is(TermKind.FIGURE_CUE, "growth")
                    || m.is(TermKind.FIGURE_CUE, "decline"))) {
                String gap = ctx.gap(a.end(), m.start());
                if (gap.isEmpty() || gap.equals("de") || gap.equals("d'") || gap.equals("of") || gap.equals("a")) {
                    return m;
                }
            }
        }
        return null;
    }

    /** "augmenter les échanges de 50 %": a growth target, not a reported growth. */
    private boolean isTargetContext(int from, int to) {
        List<Mention> before = ctx.mentions().between(from, to);
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (m.kind() == TermKind.FIGURE_CUE) {
                String role = m.value();
                if (role.equals("pledge") || role.equals("raise") || role.startsWith("factor")) {
                    return true;
                }
                if (role.equals("growth") || role.equals("decline") || role.equals("actual")) {
                    return false;
                }
            }
        }
        return false;
    }

    // ---- metric -------------------------------------------------------------------------------------------

    private record MetricCue(String metric, int position, int end, boolean fromAnaphora) {
    }

    private MetricCue metricOf(Sentence s, Amount a, int segStart, boolean percent, String previousMetric) {
        // Right after the figure: "1 milliard de dollars d'exportations", "$2bn in investment".
        for (Mention m : ctx.mentions().between(a.end(), Math.min(s.end(), a.end() + 30))) {
            if (m.kind() == TermKind.METRIC && (percent || !isWeak(m)) && rightGapOk(ctx.gap(a.end(), m.start()))) {
                return new MetricCue(m.value(), m.start(), m.end(), false);
            }
            if (m.kind() == TermKind.METRIC || m.kind() == TermKind.FIGURE_CUE) {
                break;
            }
        }
        Mention weak = null;
        List<Mention> before = ctx.mentions().between(s.start(), a.start());
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (m.kind() != TermKind.METRIC) {
                continue;
            }
            if ("-".equals(m.value())) {
                return weak == null ? new MetricCue(null, m.start(), m.end(), false)
                        : new MetricCue(weak.value(), weak.start(), weak.end(), false);
            }
            if (isWeak(m)) {
                if (weak == null) {
                    weak = m;
                }
                continue;
            }
            return new MetricCue(m.value(), m.start(), m.end(), false);
        }
        for (Mention m : before) {
            if (m.is(TermKind.REFERENCE, "figure") && lastLevelMetric != null
                    && s.index() - lastLevelSentence <= ANAPHORA_REACH) {
                return new MetricCue(lastLevelMetric, m.start(), m.end(), true);
            }
            // "Ils s'élèvent déjà à 4 milliards": a pronoun right after a sentence that gave a level.
            if (m.is(TermKind.REFERENCE, "pronoun") && lastLevelMetric != null && !percent
                    && s.index() - lastLevelSentence == 1 && sameParagraph(s, lastLevelSentence)) {
                return new MetricCue(lastLevelMetric, m.start(), m.end(), true);
            }
            // "Trade ... remains small. It totalled $618 million": a pronoun for the metric just named.
            if (m.is(TermKind.REFERENCE, "pronoun") && !percent) {
                String named = metricOfPreviousSentence(s);
                if (named != null) {
                    return new MetricCue(named, m.start(), m.end(), true);
                }
            }
        }
        if (previousMetric != null && !percent) {
            return new MetricCue(previousMetric, segStart, segStart, true);
        }
        // "Les échanges ont atteint 9,8 milliards ... Moscou et Tachkent entendent les porter à 20 milliards":
        // a figure without a metric word continues the level of the sentence just before.
        if (!percent && weak == null && lastLevelMetric != null && s.index() - lastLevelSentence == 1
                && sameParagraph(s, lastLevelSentence) && a.isMoney() && endsClause(s, a)) {
            return new MetricCue(lastLevelMetric, segStart, segStart, true);
        }
        if (weak != null && percent) {
            return new MetricCue(weak.value(), weak.start(), weak.end(), false);
        }
        if (percent) {
            // "une croissance de 11,7% de l'économie kirghize": a weak word right after the rate.
            for (Mention m : ctx.mentions().between(a.end(), Math.min(s.end(), a.end() + 30))) {
                if (m.kind() == TermKind.METRIC && rightGapOk(ctx.gap(a.end(), m.start()))) {
                    return new MetricCue(m.value(), m.start(), m.end(), false);
                }
            }
            return null;
        }
        if (weak == null && a.isMoney()) {
            String topic = topicMetric(s, a, segStart);
            if (topic != null) {
                return new MetricCue(topic, segStart, segStart, true);
            }
        }
        return null;
    }

    /**
     * The figure ends its clause, or only a date follows it ("2 milliards d'ici 2030", not "€10bn for roads"); a rate
     * word may come between ("3 milliards de dollars par an dans les trois prochaines années").
     */
    private boolean endsClause(Sentence s, Amount a) {
        String f = ctx.folded();
        int i = a.end();
        while (i < s.end() && f.charAt(i) == ' ') {
            i++;
        }
        for (String rate : RATE_WORDS) {
            if (f.startsWith(rate, i) && (i + rate.length() >= s.end()
                    || !Character.isLetterOrDigit(f.charAt(i + rate.length())))) {
                i += rate.length();
                while (i < s.end() && f.charAt(i) == ' ') {
                    i++;
                }
                break;
            }
        }
        if (i >= s.end() || ",.;:)".indexOf(f.charAt(i)) >= 0) {
            return true;
        }
        for (TimeExpr t : ctx.timesIn(s)) {
            if (t.start() <= i + 1 && t.end() > i) {
                return true;
            }
        }
        return false;
    }

    /** The last strong metric word of the previous sentence in the same paragraph, if any. */
    private String metricOfPreviousSentence(Sentence s) {
        if (s.index() == 0) {
            return null;
        }
        Sentence previous = ctx.sentences().get(s.index() - 1);
        if (previous.line() != s.line()) {
            return null;
        }
        Mention m = ctx.mentions().lastBefore(previous.start(), previous.end(),
                x -> x.kind() == TermKind.METRIC && !isWeak(x) && !"-".equals(x.value()));
        return m == null ? null : m.value();
    }

    private boolean sameParagraph(Sentence s, int otherIndex) {
        return otherIndex >= 0 && ctx.sentences().get(otherIndex).line() == s.line();
    }

    private static boolean isWeak(Mention m) {
        return "weak".equals(m.term().extra());
    }

    private static boolean rightGapOk(String gap) {
        for (String g : RIGHT_METRIC_GAPS) {
            if (g.equals(gap)) {
                return true;
            }
        }
        return gap.equals("de l'") || gap.equals("du") || gap.equals("des") || gap.equals("de la")
                || gap.equals("in the") || gap.equals("of the");
    }

    // ---- kind ---------------------------------------------------------------------------------------------

    private FigureKind kindOf(Sentence s, Amount a, int index, List<Amount> amounts, int segStart, int nextStart,
            FigureKind previousKind, List<TimeExpr> times) {
        String f = ctx.folded();
        // "porter les échanges de 1,7 à 3 milliards": the first figure is today's level.
        if (index + 1 < amounts.size() && endsWithWord(f, a.start(), "de", "from")
                && endsWithWord(f, amounts.get(index + 1).start(), "a", "to")
                && hasTargetCue(s.start(), a.start())) {
            return FigureKind.ACTUAL;
        }
        boolean deadlineAfter = false;
        for (TimeExpr t : times) {
            if (t.start() >= a.end() && t.start() < nextStart && t.start() - a.end() <= FOLLOWING_DATE_REACH
                    && t.role() == TimeExpr.Role.DEADLINE && t.kind() != TimeExpr.Kind.VAGUE) {
                deadlineAfter = true;
            }
        }
        // "a $10 billion goal", "un objectif" right after the figure.
        for (Mention m : ctx.mentions().between(a.end(), Math.min(nextStart, a.end() + 3))) {
            if (m.is(TermKind.FIGURE_CUE, "pledge")) {
                return FigureKind.PLEDGE;
            }
        }
        List<Mention> cues = ctx.mentions().between(segStart, a.start());
        for (int k = cues.size() - 1; k >= 0; k--) {
            Mention c = cues.get(k);
            if (c.kind() != TermKind.FIGURE_CUE) {
                continue;
            }
            FigureKind decided = decide(c, s, a, segStart, cues, k);
            if (decided != null) {
                // A reported value has no deadline: "que les investissements dépassent 2 milliards d'ici 2027".
                return decided == FigureKind.ACTUAL && deadlineAfter ? FigureKind.PLEDGE : decided;
            }
        }
        if (deadlineAfter) {
            return FigureKind.PLEDGE;
        }
        if (endsWithWord(f, a.start(), "a", "to") && hasTargetCue(s.start(), a.start())) {
            return FigureKind.PLEDGE;
        }
        if (previousKind != null) {
            return previousKind;
        }
        List<Mention> earlier = ctx.mentions().between(s.start(), segStart);
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Mention c = earlier.get(k);
            if (c.kind() == TermKind.FIGURE_CUE) {
                FigureKind decided = decide(c, s, a, s.start(), earlier, k);
                if (decided != null) {
                    return decided;
                }
            }
        }
        return FigureKind.ACTUAL;
    }

    /** The kind a cue gives to the figure after it, or null when the cue says nothing about it. */
    private FigureKind decide(Mention c, Sentence s, Amount a, int segStart, List<Mention> cues, int k) {
        String role = c.value();
        if (role.equals("pledge") || role.startsWith("factor")) {
            return FigureKind.PLEDGE;
        }
        if (role.equals("reach")) {
            return forecastBetween(Math.max(segStart, c.start() - 40), c.start()) ? FigureKind.FORECAST
                    : FigureKind.PLEDGE;
        }
        if (role.equals("raise")) {
            return endsWithWord(ctx.folded(), a.start(), "a", "to") ? FigureKind.PLEDGE : null;
        }
        if (role.equals("forecast")) {
            return FigureKind.FORECAST;
        }
        if (role.equals("actual")) {
            // "l'objectif est de", "the target is", "ambition of reaching": the verb serves the target noun.
            for (int j = k - 1; j >= 0; j--) {
                Mention p = cues.get(j);
                if (p.kind() != TermKind.FIGURE_CUE || isQualifier(p.value())) {
                    continue;
                }
                if (c.start() - p.end() <= 12 && ctx.folded().substring(p.end(), c.start()).indexOf(',') < 0) {
                    if (p.value().equals("pledge")) {
                        return FigureKind.PLEDGE;
                    }
                    if (p.value().equals("forecast") && COPULAS.contains(
                            c.term().written().toLowerCase(java.util.Locale.ROOT).replace("é", "e"))) {
                        return FigureKind.FORECAST;
                    }
                }
                break;
            }
            return FigureKind.ACTUAL;
        }
        if (role.equals("result")) {
            Mention growth = ctx.mentions().lastBefore(s.start(), c.start(),
                    m -> m.is(TermKind.FIGURE_CUE, "growth") || m.is(TermKind.FIGURE_CUE, "decline"));
            if (growth != null) {
                return forecastBetween(s.start(), growth.start()) ? FigureKind.FORECAST : FigureKind.ACTUAL;
            }
            return forecastBetween(Math.max(segStart, c.start() - 40), c.start()) ? FigureKind.FORECAST
                    : FigureKind.PLEDGE;
        }
        if (role.equals("growth") || role.equals("decline")) {
            return forecastBetween(segStart, c.start()) ? FigureKind.FORECAST : FigureKind.ACTUAL;
        }
        return null;
    }

    private boolean forecastBetween(int from, int to) {
        for (Mention m : ctx.mentions().between(from, to)) {
            if (m.is(TermKind.FIGURE_CUE, "forecast")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasTargetCue(int from, int to) {
        for (Mention m : ctx.mentions().between(from, to)) {
            if (m.kind() == TermKind.FIGURE_CUE && (m.value().equals("pledge") || m.value().equals("raise")
                    || m.value().equals("reach") || m.value().startsWith("factor"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithWord(String f, int position, String... words) {
        int end = position;
        while (end > 0 && f.charAt(end - 1) == ' ') {
            end--;
        }
        for (String w : words) {
            int start = end - w.length();
            if (start >= 0 && f.startsWith(w, start) && (start == 0 || !Character.isLetter(f.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQualifier(String role) {
        return role.equals("approx") || role.equals("more_than") || role.equals("less_than");
    }

    // ---- time ---------------------------------------------------------------------------------------------

    /** Each date right after a figure belongs to that figure and to no other. */
    private Map<TimeExpr, Amount> claimDates(List<Amount> amounts, List<TimeExpr> times, Sentence s) {
        Map<TimeExpr, Amount> claimed = new HashMap<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            int next = i + 1 < amounts.size() ? amounts.get(i + 1).start() : s.end();
            for (TimeExpr t : times) {
                if (t.start() >= a.end() && t.start() < next && t.start() - a.end() <= FOLLOWING_DATE_REACH
                        && !claimed.containsKey(t) && !hasClauseBreak(a.end(), t.start())) {
                    claimed.put(t, a);
                    break;
                }
            }
        }
        return claimed;
    }

    private boolean hasClauseBreak(int from, int to) {
        String f = ctx.folded();
        for (int i = from; i < to; i++) {
            char c = f.charAt(i);
            if (c == ';' || c == '(' || c == ':') {
                return true;
            }
        }
        return false;
    }

    private TimeExpr periodOf(Sentence s, Amount a, int segStart, int nextStart, List<TimeExpr> times,
            Map<TimeExpr, Amount> claimed) {
        for (Map.Entry<TimeExpr, Amount> e : claimed.entrySet()) {
            if (e.getValue() == a && isPeriod(e.getKey())) {
                return e.getKey();
            }
        }
        TimeExpr best = null;
        for (TimeExpr t : times) {
            if (t.end() <= a.start() && t.start() >= segStart && isPeriod(t) && !claimedByOther(t, a, claimed)) {
                best = t;
            }
        }
        if (best != null) {
            return best;
        }
        for (TimeExpr t : times) {
            if (t.end() <= a.start() && isPeriod(t) && !claimedByOther(t, a, claimed)) {
                best = t;
            }
        }
        if (best != null) {
            return best;
        }
        for (TimeExpr t : times) {
            if (t.start() >= a.end() && t.start() < nextStart && isPeriod(t) && !claimed.containsKey(t)) {
                return t;
            }
        }
        // "26,8 milliards en 2024, et avec l'Union européenne à 40,7 milliards": coordinated figures share a date.
        for (Map.Entry<TimeExpr, Amount> e : claimed.entrySet()) {
            Amount owner = e.getValue();
            if (owner.end() <= a.start() && owner.start() >= s.start() && owner.isPercent() == a.isPercent()
                    && isPeriod(e.getKey()) && e.getKey().end() <= a.start()
                    && ctx.gap(e.getKey().end(), a.start()).length() < 80) {
                return e.getKey();
            }
        }
        return yearOfPreviousSentence(s);
    }

    /**
     * "Le commerce a reculé l'année dernière. Les échanges se sont établis à 26,8 milliards": a sentence without
     * a date continues the one before it, when that one named exactly one year.
     */
    private TimeExpr yearOfPreviousSentence(Sentence s) {
        if (s.index() == 0) {
            return null;
        }
        Sentence previous = ctx.sentences().get(s.index() - 1);
        if (previous.line() != s.line() || previous.heading()) {
            return null;
        }
        TimeExpr only = null;
        for (TimeExpr t : ctx.timesIn(previous)) {
            if (!isPeriod(t) || t.role() != TimeExpr.Role.NONE || EventTimeline.isFuture(t, ctx.publishedOn())) {
                continue;
            }
            if (only != null && only.year() != t.year()) {
                return null;
            }
            only = t;
        }
        return only;
    }

    /** A date that can be a figure's period: not a deadline, a target's horizon or the year it is compared with. */
    private static boolean isPeriod(TimeExpr t) {
        return (t.role() == TimeExpr.Role.NONE || t.role() == TimeExpr.Role.SINCE) && t.kind() != TimeExpr.Kind.VAGUE
                && t.hasYear() && !t.deictic();
    }

    /** "d'ici 2030", and for a target "en cinq ans", "in five years". */
    private static boolean isDeadline(TimeExpr t) {
        return t.role() == TimeExpr.Role.DEADLINE || t.role() == TimeExpr.Role.HORIZON;
    }

    /** A date after a growth rate also dates the level that follows it ("+10 % en 2023, atteignant 300 M$"). */
    private static boolean claimedByOther(TimeExpr t, Amount a, Map<TimeExpr, Amount> claimed) {
        Amount owner = claimed.get(t);
        return owner != null && owner != a && owner.isPercent() == a.isPercent();
    }

    private TimeExpr deadlineOf(Sentence s, Amount a, int nextStart, List<TimeExpr> times,
            Map<TimeExpr, Amount> claimed) {
        for (TimeExpr t : times) {
            if (t.start() >= a.end() && t.start() < nextStart && isDeadline(t)) {
                return t.kind() == TimeExpr.Kind.VAGUE ? null : t;
            }
        }
        for (Map.Entry<TimeExpr, Amount> e : claimed.entrySet()) {
            TimeExpr t = e.getKey();
            if (e.getValue() == a && t.role() == TimeExpr.Role.NONE && t.hasYear() && t.kind() != TimeExpr.Kind.DAY
                    && (ctx.publishedOn() == null || t.lastYear() >= ctx.publishedOn().getYear())) {
                return t;
            }
        }
        TimeExpr best = null;
        for (TimeExpr t : times) {
            if (t.end() <= a.start() && t.role() == TimeExpr.Role.DEADLINE && !claimedByOther(t, a, claimed)) {
                best = t;
            }
        }
        return best == null || best.kind() == TimeExpr.Kind.VAGUE ? null : best;
    }

    // ---- parties, sector, currency, qualifier ---------------------------------------------------------------

    private PartyResolver.Resolution partiesOf(Sentence s, Amount a, int segStart, int nextStart, String metric,
            int metricPosition) {
        if (Metrics.isNational(metric)) {
            List<String> one = ctx.parties().nearestSingle(s, metricPosition);
            return one.isEmpty() ? null : new PartyResolver.Resolution(one, false);
        }
        PartyResolver.Resolution who = ctx.parties().resolve(s, segStart, a.start(), nextStart,
                pairNamed(s.start(), a.start()));
        if (who.parties().size() < 2) {
            return null;
        }
        return who;
    }

    private boolean pairNamed(int from, int to) {
        for (Mention m : ctx.mentions().between(from, to)) {
            if (m.is(TermKind.REFERENCE, "pair")) {
                return true;
            }
        }
        return false;
    }

    /** A third country's proposal ("l'Italie a proposé ...") is not the pair's commitment. */
    private boolean isThirdCountryProposal(Sentence s, Amount a, List<String> parties) {
        Mention proposal = ctx.mentions().lastBefore(s.start(), a.start(),
                m -> m.is(TermKind.FIGURE_CUE, "proposal"));
        if (proposal == null) {
            return false;
        }
        for (CountryRef r : ctx.countries().parties(s.start(), s.end())) {
            if (!parties.contains(r.code())) {
                return true;
            }
        }
        List<String> dominant = ctx.parties().dominantPair();
        return !dominant.isEmpty() && !dominant.containsAll(parties);
    }

    private String sectorOf(Sentence s, MetricCue metric, Amount a) {
        if (metric.fromAnaphora) {
            return null;
        }
        String f = ctx.folded();
        int from = Math.max(s.start(), metric.position - 30);
        int to = Math.min(a.start(), metric.end + 40);
        for (Mention m : ctx.mentions().between(from, Math.max(from, to))) {
            if (m.kind() != TermKind.SECTOR) {
                continue;
            }
            int lo = Math.min(m.end(), metric.position);
            int hi = Math.max(m.start(), metric.end);
            if (f.substring(Math.min(lo, hi), Math.max(lo, hi)).indexOf(',') >= 0) {
                continue;
            }
            if (m.start() >= metric.end && hasFigureCue(metric.end, m.start())) {
                continue;
            }
            if ("=".equals(m.value())) {
                return sectorNamedBefore(s, m.start());
            }
            return m.value();
        }
        // "dont 300 millions de produits agricoles"
        for (Mention m : ctx.mentions().between(a.end(), Math.min(s.end(), a.end() + 25))) {
            if (m.kind() == TermKind.SECTOR && !"=".equals(m.value()) && rightGapOk(ctx.gap(a.end(), m.start()))) {
                return m.value();
            }
        }
        return null;
    }

    private boolean hasFigureCue(int from, int to) {
        for (Mention m : ctx.mentions().between(from, to)) {
            if (m.kind() == TermKind.FIGURE_CUE) {
                return true;
            }
        }
        return false;
    }

    /** "le secteur agro-industriel ... le commerce dans ce domaine": the sector this one points back to. */
    private String sectorNamedBefore(Sentence s, int position) {
        int from = s.index() > 0 ? ctx.sentences().get(s.index() - 1).start() : s.start();
        Mention m = ctx.mentions().lastBefore(from, position, x -> x.kind() == TermKind.SECTOR
                && !"=".equals(x.value()));
        return m == null ? null : m.value();
    }

    /** The currency of "contre 1,2 milliard": that of the nearest money figure in the sentence or just before. */
    private String impliedCurrency(Sentence s, List<Amount> amounts, int index) {
        for (int d = 1; d < amounts.size(); d++) {
            if (index - d >= 0 && amounts.get(index - d).isMoney()) {
                return amounts.get(index - d).unit();
            }
            if (index + d < amounts.size() && amounts.get(index + d).isMoney()) {
                return amounts.get(index + d).unit();
            }
        }
        if (lastCurrency != null && s.index() - lastCurrencySentence <= ANAPHORA_REACH) {
            return lastCurrency;
        }
        return null;
    }

    private String qualifierOf(Amount a) {
        String f = ctx.folded();
        for (Mention m : ctx.mentions().between(Math.max(0, a.start() - 30), a.start())) {
            if (m.kind() != TermKind.FIGURE_CUE || !isQualifier(m.value())) {
                continue;
            }
            String gap = f.substring(m.end(), a.start()).strip();
            if (gap.isEmpty() || gap.equals("de") || gap.equals("d'") || gap.equals("les") || gap.equals("a")
                    || gap.equals("un montant de") || gap.equals("the")) {
                return m.value();
            }
        }
        return null;
    }

    // ---- relative targets ---------------------------------------------------------------------------------

    private void readRelativeTargets(Sentence s, List<TimeExpr> times, Set<String> absolutePledgeMetrics,
            List<Amount> amounts) {
        for (Mention c : ctx.mentionsIn(s)) {
            if (c.kind() != TermKind.FIGURE_CUE || !c.value().startsWith("factor:")) {
                continue;
            }
            Mention metric = ctx.mentions().firstAfter(c.end(), Math.min(s.end(), c.end() + 40),
                    m -> m.kind() == TermKind.METRIC || m.is(TermKind.REFERENCE, "figure"));
            if (metric == null) {
                continue;
            }
            String name = metric.kind() == TermKind.METRIC ? metric.value() : lastLevelMetric;
            if (name == null || "-".equals(name) || absolutePledgeMetrics.contains(name) || isWeak(metric)) {
                continue;
            }
            if (metric.kind() != TermKind.METRIC && countedSinceLastMoney(s, c.start())) {
                // "1,5 million de tonnes ... Astana espère doubler ce volume": the tonnage, not the last money level.
                continue;
            }
            PartyResolver.Resolution who = ctx.parties().resolve(s, s.start(), c.start(), s.end(),
                    pairNamed(s.start(), metric.end()));
            if (who.parties().size() < 2) {
                continue;
            }
            TimeExpr deadline = null;
            for (TimeExpr t : times) {
                if (t.start() >= c.end() && isDeadline(t)) {
                    deadline = t.kind() == TimeExpr.Kind.VAGUE ? null : t;
                    break;
                }
            }
            BigDecimal factor = new BigDecimal(c.value().substring("factor:".length()));
            relativeTargets.add(new RelativeTarget(name, who.parties(), factor,
                    deadline == null ? null : deadline.asDeadline(), statedBy(s), timeline.dateAt(s),
                    evidence(s, c.start(), Math.max(metric.end(), deadline == null ? 0 : deadline.end())),
                    confidence(who.inferred(), false, false) - 0.05));
        }
    }

    /**
     * Whether a count that is not money ("1,5 million de tonnes") was told after the last money figure, in this
     * sentence or the one before: "ce volume" then points to it.
     */
    private boolean countedSinceLastMoney(Sentence s, int position) {
        int from = s.index() > 0 ? ctx.sentences().get(s.index() - 1).start() : s.start();
        Mention unit = ctx.mentions().lastBefore(from, position, m -> m.kind() == TermKind.UNIT);
        if (unit == null) {
            return false;
        }
        for (Amount other : ctx.amountsIn(new Sentence(-1, unit.end(), position, -1, false))) {
            if (other.isMoney() || other.unit() == null) {
                return false;
            }
        }
        return true;
    }

    // ---- evidence -----------------------------------------------------------------------------------------

    private String statedBy(Sentence s) {
        Set<String> names = new LinkedHashSet<>();
        for (CountryRef r : ctx.countries().between(s.start(), s.end())) {
            if (r.source() == CountryRef.Source.LEADER) {
                names.add(r.name());
            }
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** The sentence, or for a long one the clause around the figure. */
    private Span evidence(Sentence s, int from, int to) {
        if (s.end() - s.start() <= 400) {
            return ctx.evidence(s.start(), s.end());
        }
        String f = ctx.folded();
        int start = Math.max(s.start(), from - 150);
        while (start > s.start() && f.charAt(start - 1) != ',' && f.charAt(start - 1) != ';' && from - start < 250) {
            start--;
        }
        while (start < from && f.charAt(start) == ' ') {
            start++;
        }
        int end = Math.min(s.end(), to + 120);
        while (end < s.end() && f.charAt(end) != ',' && f.charAt(end) != ';' && end - to < 200) {
            end++;
        }
        return ctx.evidence(start, end);
    }

    private static double confidence(boolean partiesInferred, boolean metricFromAnaphora, boolean currencyImplied) {
        double c = 0.9;
        if (partiesInferred) {
            c -= 0.1;
        }
        if (metricFromAnaphora) {
            c -= 0.1;
        }
        if (currencyImplied) {
            c -= 0.1;
        }
        return Math.max(0.3, Math.min(0.98, c));
    }
}
