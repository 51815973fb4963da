package org.pledgewatch.jdbc;

import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of a list query, built from optional filters, with its parameters in order. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code condition}, with one {@code ?} for {@code value}, unless {@code value} is null (no filter). */
    public Where and(String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
        return this;
    }

    /** " WHERE a AND b", or nothing when no filter applies. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public List<Object> parameters() {
        return List.copyOf(parameters);
    }
}
