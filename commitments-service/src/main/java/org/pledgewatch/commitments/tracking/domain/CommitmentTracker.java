package org.pledgewatch.commitments.tracking.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.pledgewatch.commitments.facts.domain.PledgeFact;
import org.pledgewatch.commitments.figures.domain.FigureSeries;
import org.pledgewatch.commitments.figures.domain.SeriesKey;
import org.pledgewatch.contracts.EventIds;

/**
 * Turns pledge reports into commitments, for one group of facts (one metric between one set of parties):
 * <ul>
 * <li>Restatements merge: same target (within 1 %) and compatible deadlines (equal, or one of them unstated)
 * make one commitment with all their sources.</li>
 * <li>Revisions supersede: a commitment first stated later, with another target and a compatible deadline,
 * supersedes the earlier one, which becomes SUPERSEDED. The lineage keeps both ends, the date and the change.</li>
 * <li>The result depends only on the set of facts, never on the order they arrived in.</li>
 * </ul>
 */
public final class CommitmentTracker {

    /** Targets within 1 % (one hundredth of the larger) are the same. */
    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<PledgeFact> CHRONOLOGICAL = Comparator
            .comparing(PledgeFact::statedOn)
            .thenComparing(PledgeFact::publishedOn)
            .thenComparing(PledgeFact::id);

    private CommitmentTracker() {
    }

    public static List<Commitment> track(List<PledgeFact> pledges, List<FigureSeries> series, LocalDate today) {
        Map<String, List<PledgeFact>> groups = new LinkedHashMap<>();
        pledges.stream().sorted(CHRONOLOGICAL).forEach(p -> groups
                .computeIfAbsent(groupKey(p), k -> new ArrayList<>()).add(p));
        Map<SeriesKey, FigureSeries> seriesByKey = new HashMap<>();
        series.forEach(s -> seriesByKey.put(s.key(), s));

        List<Commitment> commitments = new ArrayList<>();
        for (List<PledgeFact> group : groups.values()) {
            commitments.addAll(trackGroup(group, seriesByKey, today));
        }
        return commitments;
    }

    private static List<Commitment> trackGroup(List<PledgeFact> chronological, Map<SeriesKey, FigureSeries> series,
            LocalDate today) {
        List<List<PledgeFact>> clusters = new ArrayList<>();
        // Each cluster's deadline (its first stated one), kept as pledges join: recomputing it for every comparison
        // walked the cluster each time, quadratic in a much-restated commitment's statements.
        List<Integer> deadlines = new ArrayList<>();
        ClustersByTarget byTarget = new ClustersByTarget();
        for (PledgeFact pledge : chronological) {
            int joined = -1;
            for (int i : byTarget.candidates(pledge, clusters.size())) {
                if (sameTarget(clusters.get(i).get(0), pledge) && compatible(deadlines.get(i), pledge.deadlineYear())) {
                    joined = i;
                    break;
                }
            }
            if (joined < 0) {
                clusters.add(new ArrayList<>());
                deadlines.add(null);
                joined = clusters.size() - 1;
                byTarget.add(pledge, joined);
            }
            clusters.get(joined).add(pledge);
            if (deadlines.get(joined) == null) {
                deadlines.set(joined, pledge.deadlineYear());
            }
        }
        List<String> ids = ids(clusters, deadlines);
        // A later statement of another target for the same horizon replaces the earlier one.
        Map<Integer, Integer> successorOf = new HashMap<>();
        for (int earlier = 0; earlier < clusters.size(); earlier++) {
            for (int later = earlier + 1; later < clusters.size(); later++) {
                if (clusters.get(later).get(0).statedOn().isAfter(clusters.get(earlier).get(0).statedOn())
                        && compatible(deadlines.get(later), deadlines.get(earlier))) {
                    successorOf.put(earlier, later);
                    break;
                }
            }
        }
        Map<Integer, Integer> predecessorOf = new HashMap<>();
        successorOf.forEach((earlier, later) -> predecessorOf.putIfAbsent(later, earlier));

        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            List<PledgeFact> cluster = clusters.get(i);
            PledgeFact first = cluster.get(0);
            Integer deadline = deadlines.get(i);
            FigureSeries figures = seriesFor(first, series);
            Assessment assessment = StatusRules.assess(first.target(), first.targetFactor(), deadline,
                    first.statedOn(), figures, today);
            Commitment.Revision supersededBy = successorOf.containsKey(i)
                    ? revision(ids.get(successorOf.get(i)), cluster, clusters.get(successorOf.get(i))) : null;
            Commitment.Revision supersedes = predecessorOf.containsKey(i)
                    ? revision(ids.get(predecessorOf.get(i)), clusters.get(predecessorOf.get(i)), cluster) : null;
            if (supersededBy != null) {
                assessment = new Assessment(Status.SUPERSEDED, "revised on " + supersededBy.on()
                        + " by a new target", assessment.target(), assessment.baseline(), assessment.latest(),
                        assessment.progress(), assessment.requiredGrowth(), assessment.observedGrowth(),
                        assessment.ratio(), assessment.projectedYear());
            }
            commitments.add(new Commitment(ids.get(i), first.metric(), first.parties(), first.sector(), first.unit(),
                    first.target(), first.targetFactor(), deadline, List.copyOf(cluster), supersedes, supersededBy,
                    assessment));
        }
        return commitments;
    }

    /** The series in the target's unit; for a relative target stated without a unit, any series of the metric. */
    private static FigureSeries seriesFor(PledgeFact pledge, Map<SeriesKey, FigureSeries> series) {
        FigureSeries exact = series.get(new SeriesKey(pledge.metric(), pledge.parties(), pledge.unit(), pledge.sector()));
        if (exact != null || pledge.unit() != null) {
            return exact;
        }
        return series.values().stream()
                .filter(s -> s.key().metric().equals(pledge.metric()) && s.key().parties().equals(pledge.parties())
                        && Objects.equals(s.key().sector(), pledge.sector()))
                .min(Comparator.comparing(s -> String.valueOf(s.key().unit())))
                .orElse(null);
    }

    /**
     * Targets within 1 % of each other, or the same factor for relative targets. Compared as |a - b| * 100 against
     * the larger: exact, and without a division for every pair of a much-restated group.
     */
    private static boolean sameTarget(PledgeFact a, PledgeFact b) {
        if (a.target() != null && b.target() != null) {
            BigDecimal larger = a.target().abs().max(b.target().abs());
            return larger.signum() == 0
                    || a.target().subtract(b.target()).abs().multiply(ONE_HUNDRED).compareTo(larger) <= 0;
        }
        return a.target() == null && b.target() == null && a.targetFactor() != null
                && a.targetFactor().compareTo(b.targetFactor() == null ? BigDecimal.ZERO : b.targetFactor()) == 0;
    }

    /**
     * The clusters a pledge may join, in cluster order: for a positive target, only those whose first target is
     * within 1 % of it (looked up by value, not compared with every cluster, which made a much-restated group
     * quadratic in its clusters); for any other target, every cluster.
     */
    private static final class ClustersByTarget {
        // Wider than the exact bounds (0.99 t and t / 0.99): a superset, since every candidate is checked exactly.
        private static final BigDecimal BELOW = new BigDecimal("0.989");
        private static final BigDecimal ABOVE = new BigDecimal("1.0102");

        private final NavigableMap<BigDecimal, List<Integer>> positive = new TreeMap<>();

        void add(PledgeFact first, int cluster) {
            if (first.target() != null && first.target().signum() > 0) {
                positive.computeIfAbsent(first.target(), t -> new ArrayList<>()).add(cluster);
            }
        }

        Iterable<Integer> candidates(PledgeFact pledge, int clusterCount) {
            BigDecimal target = pledge.target();
            if (target == null || target.signum() <= 0) {
                return () -> IntStream.range(0, clusterCount).iterator();
            }
            List<Integer> near = new ArrayList<>();
            positive.subMap(target.multiply(BELOW), true, target.multiply(ABOVE), true).values().forEach(near::addAll);
            near.sort(null);
            return near;
        }
    }

    private static boolean compatible(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }

    private static Integer deadlineOf(List<PledgeFact> cluster) {
        return cluster.stream().map(PledgeFact::deadlineYear).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Commitment.Revision revision(String otherId, List<PledgeFact> earlier, List<PledgeFact> later) {
        return new Commitment.Revision(otherId, later.get(0).statedOn(), earlier.get(0).target(),
                later.get(0).target(), deadlineOf(earlier), deadlineOf(later));
    }

    /**
     * Ids derive from what the commitment promises, not from which article said it first, so that they survive
     * re-extraction. The deadline joins the id only when two commitments of the group share a target.
     */
    private static List<String> ids(List<List<PledgeFact>> clusters, List<Integer> deadlines) {
        List<String> bases = clusters.stream().map(CommitmentTracker::baseId).toList();
        Map<String, Integer> sharing = new HashMap<>();
        bases.forEach(base -> sharing.merge(base, 1, Integer::sum));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            String base = bases.get(i);
            String id = sharing.get(base) > 1 ? base + "|" + deadlines.get(i) + "|" + clusters.get(i).get(0).statedOn()
                    : base;
            ids.add(EventIds.of("commitment", id).toString());
        }
        return ids;
    }

    private static String baseId(List<PledgeFact> cluster) {
        PledgeFact first = cluster.get(0);
        String target = first.target() != null
                ? first.target().round(new MathContext(3)).stripTrailingZeros().toPlainString()
                : "x" + first.targetFactor().stripTrailingZeros().toPlainString();
        return String.join("|", first.metric(), first.parties().key(), String.valueOf(first.unit()),
                String.valueOf(first.sector()), target);
    }

    static String groupKey(PledgeFact pledge) {
        return String.join("|", pledge.metric(), pledge.parties().key(), String.valueOf(pledge.unit()),
                String.valueOf(pledge.sector()));
    }
}
