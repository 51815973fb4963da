package org.pledgewatch.commitments.figures.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.pledgewatch.commitments.facts.domain.ObservationFact;

/**
 * Every report of one metric between one set of parties, as points per period; actual figures and forecasts are
 * kept apart and never mixed.
 */
public record FigureSeries(SeriesKey key, List<FigurePoint> actuals, List<FigurePoint> forecasts) {

    private static final Comparator<FigurePoint> BY_PERIOD = Comparator
            .comparing((FigurePoint p) -> p.year() == null ? Integer.MIN_VALUE : p.year())
            .thenComparing(p -> p.period().text(), Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Groups reports into series, sorted by key, each with its points sorted by period. */
    public static List<FigureSeries> of(List<ObservationFact> reports) {
        Map<SeriesKey, List<ObservationFact>> bySeries = new TreeMap<>(Comparator
                .comparing((SeriesKey k) -> k.metric())
                .thenComparing(k -> k.parties().key())
                .thenComparing(k -> String.valueOf(k.unit()))
                .thenComparing(k -> String.valueOf(k.sector())));
        for (ObservationFact report : reports) {
            if (report.value() == null) {
                continue;
            }
            SeriesKey key = new SeriesKey(report.metric(), report.parties(), report.unit(), report.sector());
            bySeries.computeIfAbsent(key, k -> new ArrayList<>()).add(report);
        }
        List<FigureSeries> series = new ArrayList<>();
        bySeries.forEach((key, facts) -> series.add(new FigureSeries(key,
                points(facts, ObservationFact.Kind.ACTUAL), points(facts, ObservationFact.Kind.FORECAST))));
        return series;
    }

    private static List<FigurePoint> points(List<ObservationFact> facts, ObservationFact.Kind kind) {
        Map<String, List<ObservationFact>> byPeriod = new LinkedHashMap<>();
        facts.stream()
                .filter(f -> f.kind() == kind)
                .sorted(Comparator.comparing(ObservationFact::id))
                .forEach(f -> byPeriod.computeIfAbsent(String.valueOf(f.period().text()), p -> new ArrayList<>()).add(f));
        List<FigurePoint> points = new ArrayList<>();
        byPeriod.forEach((period, reports) -> {
            List<ObservationFact> onePerArticle = onePerArticle(reports);
            points.add(new FigurePoint(onePerArticle.get(0).period(), kind, onePerArticle,
                    ConflictRule.choose(onePerArticle), ConflictRule.disagree(onePerArticle)));
        });
        points.sort(BY_PERIOD);
        return points;
    }

    /** An article that states one figure twice is one source, not two. */
    private static List<ObservationFact> onePerArticle(List<ObservationFact> reports) {
        Set<String> articles = new LinkedHashSet<>();
        List<ObservationFact> kept = new ArrayList<>();
        for (ObservationFact report : reports) {
            if (articles.add(report.evidence().articleId())) {
                kept.add(report);
            }
        }
        return kept;
    }

    /** Whole-year actual figures, oldest first: the series growth rates are computed on. */
    public List<FigurePoint> annualActuals() {
        return actuals.stream().filter(p -> p.period().wholeYear()).toList();
    }

    public Optional<FigurePoint> latestAnnualActual() {
        List<FigurePoint> annual = annualActuals();
        return annual.isEmpty() ? Optional.empty() : Optional.of(annual.get(annual.size() - 1));
    }

    /** The latest whole-year actual figure for a year before {@code year}. */
    public Optional<FigurePoint> lastAnnualActualBefore(int year) {
        return annualActuals().stream().filter(p -> p.year() < year).reduce((first, second) -> second);
    }

    public boolean hasConflicts() {
        return actuals.stream().anyMatch(FigurePoint::conflicting) || forecasts.stream().anyMatch(FigurePoint::conflicting);
    }
}
