package org.pledgewatch.commitments.facts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void aDayAMonthAndAYearAreSpansOfDays() {
        assertThat(PartialDate.parse("2025-08-21"))
                .isEqualTo(new PartialDate("2025-08-21", LocalDate.of(2025, 8, 21), LocalDate.of(2025, 8, 21)));
        assertThat(PartialDate.parse(" 2024-02 "))
                .isEqualTo(new PartialDate("2024-02", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(PartialDate.parse("2030"))
                .isEqualTo(new PartialDate("2030", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)));
    }

    @Test
    void aTimestampIsReadAsItsDay() {
        assertThat(PartialDate.parse("2025-08-21T09:30:00Z").text()).isEqualTo("2025-08-21");
    }

    @Test
    void anythingElseIsNoDate() {
        for (String text : new String[] {null, "", "  ", "2025-02-30", "2025-13", "2025-+1-01", "25-08-21", "2025-8-21",
                "20250821", "soon", "2O25", "2025/08/21"}) {
            assertThat(PartialDate.parse(text)).as(String.valueOf(text)).isNull();
        }
    }

    @Test
    void datesAreWithinDaysWhenTheirSpansAreThatClose() {
        PartialDate august = PartialDate.parse("2025-08");
        assertThat(PartialDate.parse("2025-09-30").within(august, 31)).isTrue();
        assertThat(PartialDate.parse("2025-10-02").within(august, 31)).isFalse();
    }
}
