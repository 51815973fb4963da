package org.pledgewatch.commitments.tracking.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import org.pledgewatch.commitments.facts.domain.GroupKey;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<CommitmentEntity, UUID> {

    /** What a dashboard may filter commitments by; null fields do not filter. */
    public record Filter(String party, String metric, String status, Integer deadlineFrom, Integer deadlineTo,
            String text) {
    }

    public List<CommitmentEntity> inGroup(GroupKey group) {
        return list("metric = ?1 and parties = ?2", group.metric(), group.parties().key());
    }

    /**
     * The commitments of each of these groups (an empty list for a group without any), in one query that matches
     * the (metric, parties) pairs themselves: matching the metrics and the parties separately read the commitments
     * of every combination of them, which in a batch touching many groups was most of the table.
     */
    public Map<GroupKey, List<CommitmentEntity>> inGroups(Collection<GroupKey> groups) {
        Map<String, List<CommitmentEntity>> byKey = new HashMap<>();
        Map<GroupKey, List<CommitmentEntity>> result = new LinkedHashMap<>();
        for (GroupKey group : groups) {
            List<CommitmentEntity> list = new ArrayList<>();
            byKey.put(group.metric() + "|" + group.parties().key(), list);
            result.put(group, list);
        }
        if (groups.isEmpty()) {
            return result;
        }
        List<?> found = getEntityManager().createNativeQuery("""
                SELECT c.* FROM commitment c
                JOIN unnest(CAST(:metrics AS text[]), CAST(:parties AS text[])) AS g(metric, parties)
                  ON c.metric = g.metric AND c.parties = g.parties""", CommitmentEntity.class)
                .setParameter("metrics", groups.stream().map(GroupKey::metric).toArray(String[]::new))
                .setParameter("parties", groups.stream().map(g -> g.parties().key()).toArray(String[]::new))
                .getResultList();
        for (Object row : found) {
            CommitmentEntity entity = (CommitmentEntity) row;
            byKey.get(entity.metric + "|" + entity.parties).add(entity);
        }
        return result;
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
