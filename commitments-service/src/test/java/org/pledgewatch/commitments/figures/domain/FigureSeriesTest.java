package org.pledgewatch.commitments.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.KG_KZ;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.RATIFICATION_2024;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.SUMMIT_2024;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.actual;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.scenarioFigures;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.usd;

import java.util.List;

import org.junit.jupiter.api.Test;

class FigureSeriesTest {

    private static FigureSeries kgKz() {
        return FigureSeries.of(scenarioFigures()).stream()
                .filter(s -> s.key().parties().equals(KG_KZ)).findFirst().orElseThrow();
    }

    @Test
    void twoSourcesDisagreeingByMoreThanFivePercentMakeTheirPeriodConflicting() {
        FigurePoint y2023 = kgKz().actuals().get(0);

        assertThat(y2023.period().text()).isEqualTo("2023");
        assertThat(y2023.conflicting()).isTrue();
        assertThat(y2023.reports()).extracting(r -> r.evidence().articleId())
                .containsExactlyInAnyOrder(SUMMIT_2024, RATIFICATION_2024);
        assertThat(y2023.reports()).extracting(r -> r.value()).containsExactlyInAnyOrder(usd("1.5"), usd("1.2"));
    }

    @Test
    void theMostRecentlyPublishedReportIsTheOneTrackingUses() {
        FigurePoint y2023 = kgKz().actuals().get(0);
        assertThat(y2023.chosen().evidence().articleId()).isEqualTo(RATIFICATION_2024);
        assertThat(y2023.value()).isEqualByComparingTo(usd("1.2"));
    }

    @Test
    void forecastsAreKeptApartFromActualFigures() {
        FigureSeries series = kgKz();
        assertThat(series.actuals()).extracting(p -> p.period().text()).containsExactly("2023", "2024");
        assertThat(series.forecasts()).extracting(p -> p.period().text()).containsExactly("2024");
        assertThat(series.latestAnnualActual().orElseThrow().value()).isEqualByComparingTo(usd("1.7"));
    }

    @Test
    void sourcesWithinFivePercentAgree() {
        FigureSeries series = FigureSeries.of(List.of(actual("a", KG_KZ, "1.70", "2024", "2025-01-01"),
                actual("b", KG_KZ, "1.75", "2024", "2025-02-01"))).get(0);
        assertThat(series.actuals().get(0).conflicting()).isFalse();
        assertThat(series.actuals().get(0).reports()).hasSize(2);
    }
}
