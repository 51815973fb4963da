package org.pledgewatch.commitments.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.KG_KZ;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.KG_RU;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.SUMMIT_2025;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.VISIT_2025;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.actual;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.pledge;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.scenarioFigures;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.scenarioPledges;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.usd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.pledgewatch.commitments.facts.domain.ObservationFact;
import org.pledgewatch.commitments.facts.domain.PledgeFact;
import org.pledgewatch.commitments.figures.domain.FigureSeries;

class CommitmentTrackerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private static List<Commitment> track(List<PledgeFact> pledges, List<ObservationFact> figures) {
        return CommitmentTracker.track(pledges, FigureSeries.of(figures), TODAY);
    }

    private static Commitment withTarget(List<Commitment> commitments, String billions) {
        return commitments.stream().filter(c -> c.target().compareTo(usd(billions)) == 0).findFirst().orElseThrow();
    }

    @Test
    void restatementsOfOneTargetAreOneCommitmentWithAllTheirSources() {
        List<Commitment> commitments = track(scenarioPledges(), scenarioFigures());

        Commitment threeBillion = withTarget(commitments, "3");
        assertThat(commitments).hasSize(2);
        assertThat(threeBillion.statements()).extracting(p -> p.evidence().articleId())
                .containsExactly(VISIT_2025, SUMMIT_2025);
        assertThat(threeBillion.deadlineYear()).isEqualTo(2030);
        assertThat(threeBillion.parties()).isEqualTo(KG_KZ);
    }

    @Test
    void theThreeBillionTargetIsOnTrackAgainstARequiredTenPercentAYear() {
        Commitment threeBillion = withTarget(track(scenarioPledges(), scenarioFigures()), "3");
        Assessment assessment = threeBillion.assessment();

        assertThat(assessment.baseline().year()).isEqualTo(2024);
        assertThat(assessment.baseline().value()).isEqualByComparingTo(usd("1.7"));
        assertThat(assessment.requiredGrowth()).isCloseTo(0.0993, within(0.0005));
        assertThat(assessment.progress()).isEqualByComparingTo("0.5667");
        assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
        assertThat(assessment.ratio()).isGreaterThanOrEqualTo(0.95);
        assertThat(assessment.projectedYear()).isNotNull().isLessThanOrEqualTo(2030);
    }

    @Test
    void aLaterTargetSupersedesTheEarlierOneAndKeepsTheLineage() {
        List<Commitment> commitments = track(scenarioPledges(), scenarioFigures());
        Commitment two = withTarget(commitments, "2");
        Commitment three = withTarget(commitments, "3");

        assertThat(two.status()).isEqualTo(Status.SUPERSEDED);
        assertThat(two.supersededBy().commitmentId()).isEqualTo(three.id());
        assertThat(two.supersededBy().on()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(two.supersededBy().difference()).isEqualByComparingTo(usd("1"));
        assertThat(three.supersedes().commitmentId()).isEqualTo(two.id());
        assertThat(three.supersededBy()).isNull();
    }

    @Test
    void theResultDoesNotDependOnTheOrderFactsArrivedIn() {
        List<Commitment> expected = track(scenarioPledges(), scenarioFigures());
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<PledgeFact> pledges = new ArrayList<>(scenarioPledges());
            List<ObservationFact> figures = new ArrayList<>(scenarioFigures());
            Collections.shuffle(pledges, random);
            Collections.shuffle(figures, random);
            assertThat(track(pledges, figures)).isEqualTo(expected);
        }
    }

    @Test
    void idsSurviveANewSourceForTheSameTarget() {
        String before = withTarget(track(scenarioPledges(), scenarioFigures()), "3").id();
        List<PledgeFact> more = new ArrayList<>(scenarioPledges());
        more.add(pledge("a-2026-restated", KG_KZ, "3.0", 2030, "2026-01-10", "2026-01-10"));
        Commitment after = withTarget(track(more, scenarioFigures()), "3");

        assertThat(after.id()).isEqualTo(before);
        assertThat(after.statements()).hasSize(3);
    }

    @Test
    void noPledgeNoCommitment() {
        assertThat(track(List.of(), scenarioFigures())).isEmpty();
        assertThat(track(scenarioPledges(), scenarioFigures()))
                .noneMatch(c -> c.parties().equals(KG_RU));
    }

    @Test
    void aTargetAlreadyReachedIsAchieved() {
        List<Commitment> commitments = track(List.of(pledge("p", KG_KZ, "1.6", 2030, "2024-01-10", "2024-01-10")),
                List.of(actual("a", KG_KZ, "1.5", "2023", "2024-01-10"), actual("b", KG_KZ, "1.7", "2024", "2025-02-01")));
        assertThat(commitments.get(0).status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aPassedDeadlineIsMissedWhenItsYearIsReportedAndStaleOtherwise() {
        PledgeFact byTwentyFour = pledge("p", KG_KZ, "5", 2024, "2021-03-01", "2021-03-01");
        ObservationFact y2020 = actual("a", KG_KZ, "1.0", "2020", "2021-03-01");
        ObservationFact y2023 = actual("b", KG_KZ, "1.2", "2023", "2024-03-01");
        ObservationFact y2024 = actual("c", KG_KZ, "1.3", "2024", "2025-03-01");

        assertThat(track(List.of(byTwentyFour), List.of(y2020, y2023)).get(0).status()).isEqualTo(Status.STALE);
        assertThat(track(List.of(byTwentyFour), List.of(y2020, y2023, y2024)).get(0).status()).isEqualTo(Status.MISSED);
    }

    @Test
    void statusFollowsTheRatioOfObservedToRequiredGrowth() {
        // From 1.0 (2023), 2.0 by 2033 needs 7.18 %/yr.
        PledgeFact doubling = pledge("p", KG_KZ, "2", 2033, "2024-02-01", "2024-02-01");
        ObservationFact base = actual("a", KG_KZ, "1.0", "2023", "2024-02-01");

        assertThat(statusWith(doubling, base, "1.0718")).isEqualTo(Status.ON_TRACK);
        assertThat(statusWith(doubling, base, "1.05")).isEqualTo(Status.ACCELERATION_NEEDED);
        assertThat(statusWith(doubling, base, "1.02")).isEqualTo(Status.LIMITED_PROGRESS);
        assertThat(statusWith(doubling, base, "0.95")).isEqualTo(Status.DETERIORATING);
    }

    private static Status statusWith(PledgeFact pledge, ObservationFact base, String nextYear) {
        return track(List.of(pledge), List.of(base, actual("b", KG_KZ, nextYear, "2024", "2025-02-01")))
                .get(0).status();
    }

    @Test
    void withoutADeadlineOnlyProgressIsReported() {
        Commitment noDeadline = track(List.of(pledge("p", KG_KZ, "3", null, "2025-08-01", "2025-08-04")),
                scenarioFigures()).get(0);
        assertThat(noDeadline.status()).isEqualTo(Status.NO_DEADLINE);
        assertThat(noDeadline.assessment().progress()).isEqualByComparingTo("0.5667");
    }

    @Test
    void withASingleFigureThereIsNotEnoughData() {
        Commitment commitment = track(List.of(pledge("p", KG_KZ, "3", 2030, "2025-08-01", "2025-08-04")),
                List.of(actual("a", KG_KZ, "1.7", "2024", "2025-08-04"))).get(0);
        assertThat(commitment.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(commitment.assessment().requiredGrowth()).isNotNull();
    }

    @Test
    void aRelativeTargetIsResolvedAgainstTheBaseline() {
        PledgeFact doubleIt = new PledgeFact("p", "trade_turnover", KG_KZ, null, null, new java.math.BigDecimal("2"),
                2030, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), null, 0.8,
                org.pledgewatch.commitments.facts.domain.FactFixtures.source("p"));
        Commitment commitment = track(List.of(doubleIt), List.of(actual("a", KG_KZ, "1.0", "2023", "2024-02-01"),
                actual("b", KG_KZ, "1.2", "2024", "2025-02-01"))).get(0);
        assertThat(commitment.assessment().target()).isEqualByComparingTo(usd("2.4"));
        assertThat(commitment.status()).isEqualTo(Status.ON_TRACK);
    }
}
