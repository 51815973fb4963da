package org.pledgewatch.commitments.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.KG_KZ;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.pledgewatch.commitments.facts.domain.PledgeFact;

/**
 * The tracker looks up the clusters a pledge may join by target instead of comparing it with every cluster; the
 * clusters must be exactly those of comparing with every one, in order, which this test does on its own.
 */
class CommitmentClusteringTest {

    private static final Comparator<PledgeFact> CHRONOLOGICAL = Comparator.comparing(PledgeFact::statedOn)
            .thenComparing(PledgeFact::publishedOn).thenComparing(PledgeFact::id);

    @Test
    void manyRestatedTargetsClusterAsComparingWithEveryClusterWould() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 20; round++) {
            List<PledgeFact> pledges = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                pledges.add(randomPledge(random, round + "-" + i));
            }
            assertThat(clustersOf(CommitmentTracker.track(pledges, List.of(), LocalDate.of(2026, 11, 23))))
                    .as("round " + round).isEqualTo(everyClusterCompared(pledges));
        }
    }

    /** Targets near each other (some within 1 %, some just outside), a few zero, negative or relative ones. */
    private static PledgeFact randomPledge(SplittableRandom random, String id) {
        BigDecimal target = null;
        BigDecimal factor = null;
        int kind = random.nextInt(20);
        if (kind == 0) {
            factor = BigDecimal.valueOf(1 + random.nextInt(3));
        } else if (kind == 1) {
            target = BigDecimal.valueOf(-random.nextInt(3));
        } else {
            target = BigDecimal.valueOf(1_000 + random.nextInt(60)).movePointRight(6);
        }
        Integer deadline = random.nextInt(4) == 0 ? null : 2028 + random.nextInt(4);
        LocalDate stated = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
        return new PledgeFact(id, "trade_turnover", KG_KZ, target, target == null ? null : "USD", factor, deadline,
                null, stated, stated.plusDays(random.nextInt(5)), null, 0.9, source(id));
    }

    private static Set<Set<String>> clustersOf(List<Commitment> commitments) {
        return commitments.stream().map(c -> c.statements().stream().map(PledgeFact::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    /** The rule itself: each pledge, in order, joins the first cluster with the same target and a compatible deadline. */
    private static Set<Set<String>> everyClusterCompared(List<PledgeFact> pledges) {
        List<PledgeFact> firsts = new ArrayList<>();
        List<Integer> deadlines = new ArrayList<>();
        List<Set<String>> clusters = new ArrayList<>();
        for (PledgeFact pledge : pledges.stream().sorted(CHRONOLOGICAL).toList()) {
            int joined = -1;
            for (int i = 0; i < clusters.size() && joined < 0; i++) {
                if (sameUnitAndSector(firsts.get(i), pledge) && sameTarget(firsts.get(i), pledge)
                        && (deadlines.get(i) == null || pledge.deadlineYear() == null
                                || deadlines.get(i).equals(pledge.deadlineYear()))) {
                    joined = i;
                }
            }
            if (joined < 0) {
                firsts.add(pledge);
                deadlines.add(null);
                clusters.add(new HashSet<>());
                joined = clusters.size() - 1;
            }
            clusters.get(joined).add(pledge.id());
            if (deadlines.get(joined) == null) {
                deadlines.set(joined, pledge.deadlineYear());
            }
        }
        return new HashSet<>(clusters);
    }

    private static boolean sameUnitAndSector(PledgeFact a, PledgeFact b) {
        return String.valueOf(a.unit()).equals(String.valueOf(b.unit()))
                && String.valueOf(a.sector()).equals(String.valueOf(b.sector()));
    }

    private static boolean sameTarget(PledgeFact a, PledgeFact b) {
        if (a.target() != null && b.target() != null) {
            BigDecimal larger = a.target().abs().max(b.target().abs());
            return larger.signum() == 0
                    || a.target().subtract(b.target()).abs().multiply(BigDecimal.valueOf(100)).compareTo(larger) <= 0;
        }
        return a.target() == null && b.target() == null && a.targetFactor() != null
                && a.targetFactor().compareTo(b.targetFactor() == null ? BigDecimal.ZERO : b.targetFactor()) == 0;
    }
}
