package org.pledgewatch.commitments.tracking.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.persistence.Fingerprint;
import org.pledgewatch.commitments.persistence.PartyFilter;
import org.pledgewatch.jdbc.Jdbc;
import org.pledgewatch.jdbc.Slice;
import org.pledgewatch.jdbc.Where;

@ApplicationScoped
public class CommitmentRepository {

    private static final String COLUMNS = "id, metric, parties, sector, unit, target_value, target_factor, deadline_year,"
            + " status, status_reason, first_stated_on, last_stated_on, source_count, baseline_value, baseline_year,"
            + " latest_value, latest_year, progress, required_growth, observed_growth, growth_ratio, projected_year,"
            + " supersedes, superseded_by, superseded_on, search_text, fingerprint";
    private static final String UPSERT = "INSERT INTO commitment (" + COLUMNS + ") VALUES ("
            + String.join(", ", Collections.nCopies(COLUMNS.split(",").length, "?"))
            + ") ON CONFLICT (id) DO UPDATE SET " + Arrays.stream(COLUMNS.split(",")).map(String::trim)
                    .filter(c -> !c.equals("id")).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    private static final String DELETE = "DELETE FROM commitment WHERE id = ANY (?) RETURNING " + COLUMNS;

    /** What recomputation needs of a stored commitment: whether it changed, and the status it had. */
    public record Stored(UUID id, String status, String fingerprint) {
    }

    /** What a dashboard may filter commitments by; null fields do not filter. */
    public record Filter(String party, String metric, String status, Integer deadlineFrom, Integer deadlineTo,
            String text) {
    }

    /** What lists may be sorted by. */
    public enum SortField {
        FIRST_STATED_ON("first_stated_on"), DEADLINE("deadline_year"), PROGRESS("progress"), STATUS("status"),
        SOURCES("source_count");

        private final String column;

        SortField(String column) {
            this.column = column;
        }
    }

    /** A list order; ties are broken by id. */
    public record Sort(SortField field, boolean descending) {

        String sql() {
            return field.column + (descending ? " DESC" : "") + ", id";
        }
    }

    private final Jdbc jdbc;

    CommitmentRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored commitments of each of these groups (an empty list for a group without any), in one query that
     * matches the (metric, parties) pairs themselves, reading only their ids, statuses and fingerprints.
     */
    public Map<GroupKey, List<Stored>> storedInGroups(Collection<GroupKey> groups) {
        Map<String, List<Stored>> byKey = new HashMap<>();
        Map<GroupKey, List<Stored>> result = new LinkedHashMap<>();
        for (GroupKey group : groups) {
            List<Stored> list = new ArrayList<>();
            byKey.put(group.metric() + "|" + group.parties().key(), list);
            result.put(group, list);
        }
        if (groups.isEmpty()) {
            return result;
        }
        jdbc.query("""
                SELECT c.id, c.metric, c.parties, c.status, c.fingerprint FROM commitment c
                JOIN unnest(?::text[], ?::text[]) AS g(metric, parties) ON c.metric = g.metric AND c.parties = g.parties""",
                List.of(Jdbc.ArrayParameter.text(groups.stream().map(GroupKey::metric).toList()),
                        Jdbc.ArrayParameter.text(groups.stream().map(g -> g.parties().key()).toList())), 1000,
                row -> byKey.get(row.getString("metric") + "|" + row.getString("parties")).add(new Stored(
                        row.getObject("id", UUID.class), row.getString("status"), row.getString("fingerprint"))));
        return result;
    }

    /** The digest of everything else a commitment row stores (see {@link CommitmentRow#fingerprint}). */
    public static String fingerprint(CommitmentRow c) {
        return Fingerprint.of(c.metric, c.parties, c.sector, c.unit, c.targetValue, c.targetFactor, c.deadlineYear,
                c.status, c.statusReason, c.firstStatedOn, c.lastStatedOn, c.sourceCount, c.baselineValue,
                c.baselineYear, c.latestValue, c.latestYear, c.progress, c.requiredGrowth, c.observedGrowth,
                c.growthRatio, c.projectedYear, c.supersedes, c.supersededBy, c.supersededOn, c.searchText);
    }

    /** Inserts or overwrites these commitments in one statement batch. */
    public void writeAll(List<CommitmentRow> rows) {
        jdbc.batch(UPSERT, rows, (upsert, c) -> {
            int i = 0;
            upsert.setObject(++i, c.id);
            upsert.setString(++i, c.metric);
            upsert.setString(++i, c.parties);
            upsert.setString(++i, c.sector);
            upsert.setString(++i, c.unit);
            upsert.setBigDecimal(++i, c.targetValue);
            upsert.setBigDecimal(++i, c.targetFactor);
            upsert.setObject(++i, c.deadlineYear, Types.INTEGER);
            upsert.setString(++i, c.status);
            upsert.setString(++i, c.statusReason);
            upsert.setObject(++i, c.firstStatedOn, Types.DATE);
            upsert.setObject(++i, c.lastStatedOn, Types.DATE);
            upsert.setInt(++i, c.sourceCount);
            upsert.setBigDecimal(++i, c.baselineValue);
            upsert.setObject(++i, c.baselineYear, Types.INTEGER);
            upsert.setBigDecimal(++i, c.latestValue);
            upsert.setObject(++i, c.latestYear, Types.INTEGER);
            upsert.setBigDecimal(++i, c.progress);
            upsert.setObject(++i, c.requiredGrowth, Types.DOUBLE);
            upsert.setObject(++i, c.observedGrowth, Types.DOUBLE);
            upsert.setObject(++i, c.growthRatio, Types.DOUBLE);
            upsert.setObject(++i, c.projectedYear, Types.INTEGER);
            upsert.setObject(++i, c.supersedes, Types.OTHER);
            upsert.setObject(++i, c.supersededBy, Types.OTHER);
            upsert.setObject(++i, c.supersededOn, Types.DATE);
            upsert.setString(++i, c.searchText);
            upsert.setString(++i, c.fingerprint);
        });
    }

    /** Deletes these commitments; returns them as they were (their removal events say what was removed). */
    public List<CommitmentRow> deleteAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.list(DELETE, List.of(new Jdbc.ArrayParameter("uuid", ids.toArray())), CommitmentRepository::row);
    }

    public Optional<CommitmentRow> findById(UUID id) {
        return jdbc.first("SELECT " + COLUMNS + " FROM commitment WHERE id = ?", List.of(id),
                CommitmentRepository::row);
    }

    /** The commitments one country is party to, oldest first. */
    public List<CommitmentRow> involving(String party) {
        return jdbc.list("SELECT " + COLUMNS + " FROM commitment WHERE " + PartyFilter.CONDITION
                + " ORDER BY first_stated_on, id", List.of(PartyFilter.pattern(party)), CommitmentRepository::row);
    }

    public Slice<CommitmentRow> search(Filter filter, Sort sort, int page, int size) {
        Where where = new Where()
                .and(PartyFilter.CONDITION, filter.party() == null ? null : PartyFilter.pattern(filter.party()))
                .and("metric = ?", filter.metric())
                .and("status = ?", filter.status() == null ? null : filter.status().toUpperCase(Locale.ROOT))
                .and("deadline_year >= ?", filter.deadlineFrom())
                .and("deadline_year <= ?", filter.deadlineTo())
                .and("search_text LIKE ?", filter.text() == null || filter.text().isBlank() ? null
                        : "%" + filter.text().toLowerCase(Locale.ROOT).trim() + "%");
        return jdbc.slice("commitment", COLUMNS, where, sort.sql(), page, size, CommitmentRepository::row);
    }

    /** The parties of every commitment, one entry per commitment. */
    public List<String> allParties() {
        return jdbc.list("SELECT parties FROM commitment", List.of(), row -> row.getString(1));
    }

    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT status, count(*) FROM commitment GROUP BY status", List.of(), 100,
                row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    private static CommitmentRow row(ResultSet row) throws SQLException {
        CommitmentRow c = new CommitmentRow();
        c.id = row.getObject("id", UUID.class);
        c.metric = row.getString("metric");
        c.parties = row.getString("parties");
        c.sector = row.getString("sector");
        c.unit = row.getString("unit");
        c.targetValue = row.getBigDecimal("target_value");
        c.targetFactor = row.getBigDecimal("target_factor");
        c.deadlineYear = row.getObject("deadline_year", Integer.class);
        c.status = row.getString("status");
        c.statusReason = row.getString("status_reason");
        c.firstStatedOn = row.getObject("first_stated_on", LocalDate.class);
        c.lastStatedOn = row.getObject("last_stated_on", LocalDate.class);
        c.sourceCount = row.getInt("source_count");
        c.baselineValue = row.getBigDecimal("baseline_value");
        c.baselineYear = row.getObject("baseline_year", Integer.class);
        c.latestValue = row.getBigDecimal("latest_value");
        c.latestYear = row.getObject("latest_year", Integer.class);
        c.progress = row.getBigDecimal("progress");
        c.requiredGrowth = row.getObject("required_growth", Double.class);
        c.observedGrowth = row.getObject("observed_growth", Double.class);
        c.growthRatio = row.getObject("growth_ratio", Double.class);
        c.projectedYear = row.getObject("projected_year", Integer.class);
        c.supersedes = row.getObject("supersedes", UUID.class);
        c.supersededBy = row.getObject("superseded_by", UUID.class);
        c.supersededOn = row.getObject("superseded_on", LocalDate.class);
        c.searchText = row.getString("search_text");
        c.fingerprint = row.getString("fingerprint");
        return c;
    }
}
