package org.pledgewatch.commitments.tracking.persistence;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.persistence.Fingerprint;
import org.pledgewatch.commitments.persistence.Jdbc;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<CommitmentEntity, UUID> {

    /** What recomputation needs of a stored commitment: whether it changed, and the status it had. */
    public record Stored(UUID id, String status, String fingerprint) {
    }

    private static final String COLUMNS = "id, metric, parties, sector, unit, target_value, target_factor, deadline_year,"
            + " status, status_reason, first_stated_on, last_stated_on, source_count, baseline_value, baseline_year,"
            + " latest_value, latest_year, progress, required_growth, observed_growth, growth_ratio, projected_year,"
            + " supersedes, superseded_by, superseded_on, search_text, fingerprint";
    private static final String UPSERT = "INSERT INTO commitment (" + COLUMNS + ") VALUES ("
            + String.join(", ", Collections.nCopies(COLUMNS.split(",").length, "?"))
            + ") ON CONFLICT (id) DO UPDATE SET " + Arrays.stream(COLUMNS.split(",")).map(String::trim)
                    .filter(c -> !c.equals("id")).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    /** What a status-change event of a removed commitment carries (see {@code StatusChangeEvents}). */
    private static final String DELETE = "DELETE FROM commitment WHERE id = ANY (?) RETURNING id, metric, parties,"
            + " target_value, unit, deadline_year, progress, status";

    /** What a dashboard may filter commitments by; null fields do not filter. */
    public record Filter(String party, String metric, String status, Integer deadlineFrom, Integer deadlineTo,
            String text) {
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
        Jdbc.query(getEntityManager(), """
                SELECT c.id, c.metric, c.parties, c.status, c.fingerprint FROM commitment c
                JOIN unnest(?::text[], ?::text[]) AS g(metric, parties) ON c.metric = g.metric AND c.parties = g.parties""",
                List.of(Jdbc.ArrayParameter.text(groups.stream().map(GroupKey::metric).toList()),
                        Jdbc.ArrayParameter.text(groups.stream().map(g -> g.parties().key()).toList())), 1000,
                row -> byKey.get(row.getString("metric") + "|" + row.getString("parties")).add(new Stored(
                        row.getObject("id", UUID.class), row.getString("status"), row.getString("fingerprint"))));
        return result;
    }

    /** The digest of everything else a commitment row stores (see {@link CommitmentEntity#fingerprint}). */
    public static String fingerprint(CommitmentEntity c) {
        return Fingerprint.of(c.metric, c.parties, c.sector, c.unit, c.targetValue, c.targetFactor, c.deadlineYear,
                c.status, c.statusReason, c.firstStatedOn, c.lastStatedOn, c.sourceCount, c.baselineValue,
                c.baselineYear, c.latestValue, c.latestYear, c.progress, c.requiredGrowth, c.observedGrowth,
                c.growthRatio, c.projectedYear, c.supersedes, c.supersededBy, c.supersededOn, c.searchText);
    }

    /**
     * Inserts or overwrites these commitments in one statement batch. The instances are values here, never managed
     * by the session: the lists and views read the rows back as entities.
     */
    public void writeAll(List<CommitmentEntity> rows) {
        Jdbc.batch(getEntityManager(), UPSERT, rows, (upsert, c) -> {
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

    /** Deletes these commitments; returns what their removal events need to say (id, group, target, last status). */
    public List<CommitmentEntity> deleteAll(Collection<UUID> ids) {
        List<CommitmentEntity> removed = new ArrayList<>();
        if (ids.isEmpty()) {
            return removed;
        }
        Jdbc.query(getEntityManager(), DELETE, List.of(new Jdbc.ArrayParameter("uuid", ids.toArray())), 1000, row -> {
            CommitmentEntity c = new CommitmentEntity();
            c.id = row.getObject("id", UUID.class);
            c.metric = row.getString("metric");
            c.parties = row.getString("parties");
            c.targetValue = row.getBigDecimal("target_value");
            c.unit = row.getString("unit");
            c.deadlineYear = row.getObject("deadline_year", Integer.class);
            c.progress = row.getBigDecimal("progress");
            c.status = row.getString("status");
            removed.add(c);
        });
        return removed;
    }

    public List<CommitmentEntity> involving(String party) {
        return list("concat('-', parties, '-') like ?1", Sort.by("firstStatedOn").and("id"), "%-" + party + "-%");
    }

    public PanacheQuery<CommitmentEntity> search(Filter filter, Sort sort) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.party() != null) {
            conditions.add("concat('-', parties, '-') like :party");
            parameters.and("party", "%-" + filter.party().toUpperCase(Locale.ROOT) + "-%");
        }
        if (filter.metric() != null) {
            conditions.add("metric = :metric");
            parameters.and("metric", filter.metric());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status().toUpperCase(Locale.ROOT));
        }
        if (filter.deadlineFrom() != null) {
            conditions.add("deadlineYear >= :deadlineFrom");
            parameters.and("deadlineFrom", filter.deadlineFrom());
        }
        if (filter.deadlineTo() != null) {
            conditions.add("deadlineYear <= :deadlineTo");
            parameters.and("deadlineTo", filter.deadlineTo());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("searchText like :text");
            parameters.and("text", "%" + filter.text().toLowerCase(Locale.ROOT).trim() + "%");
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(query, sort, parameters);
    }

    public List<CommitmentEntity> page(PanacheQuery<CommitmentEntity> query, int page, int size) {
        return query.page(Page.of(page, size)).list();
    }

    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        getEntityManager().createQuery("SELECT c.status, count(c) FROM CommitmentEntity c GROUP BY c.status",
                Object[].class).getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
