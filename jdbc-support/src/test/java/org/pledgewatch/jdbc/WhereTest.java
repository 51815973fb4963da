package org.pledgewatch.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void onlyTheFiltersGivenAValueApplyWithTheirParametersInOrder() {
        Where where = new Where().and("metric = ?", "trade").and("status = ?", null).and("deadline_year >= ?", 2030);

        assertThat(where.sql()).isEqualTo(" WHERE metric = ? AND deadline_year >= ?");
        assertThat(where.parameters()).containsExactly("trade", 2030);
    }

    @Test
    void noFilterIsNoClause() {
        Where where = new Where().and("metric = ?", null);

        assertThat(where.sql()).isEmpty();
        assertThat(where.parameters()).isEmpty();
    }
}
