package org.pledgewatch.commitments.tracking.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.pledgewatch.commitments.persistence.Jdbc;

@ApplicationScoped
public class StatusHistory implements PanacheRepository<StatusChangeEntity> {

    private static final String APPEND = """
            INSERT INTO commitment_status_change (commitment_id, sequence, previous_status, status, reason, changed_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    /** A change to append: its sequence number is the commitment's last one plus one (see {@link #lastSequences}). */
    public record Change(UUID commitmentId, int sequence, String previousStatus, String status, String reason,
            Instant at) {
    }

    /** The last sequence number of each of these commitments that has a history, in one query. */
    public Map<UUID, Integer> lastSequences(Collection<UUID> commitmentIds) {
        Map<UUID, Integer> last = new HashMap<>();
        if (commitmentIds.isEmpty()) {
            return last;
        }
        getEntityManager().createQuery("SELECT c.commitmentId, max(c.sequence) FROM StatusChangeEntity c "
                + "WHERE c.commitmentId IN ?1 GROUP BY c.commitmentId", Object[].class)
                .setParameter(1, commitmentIds).getResultList()
                .forEach(row -> last.put((UUID) row[0], (Integer) row[1]));
        return last;
    }

    /**
     * Appends changes in one statement batch. Plain JDBC: the entity's identity key would make Hibernate insert
     * each row on its own, and nothing reads these rows back as entities in the transaction that writes them.
     */
    public void appendAll(List<Change> changes) {
        Jdbc.batch(getEntityManager(), APPEND, changes, (insert, change) -> {
            insert.setObject(1, change.commitmentId());
            insert.setInt(2, change.sequence());
            insert.setString(3, change.previousStatus());
            insert.setString(4, change.status());
            insert.setString(5, change.reason());
            insert.setTimestamp(6, Timestamp.from(change.at()));
        });
    }

    public List<StatusChangeEntity> of(UUID commitmentId) {
        return list("commitmentId", Sort.by("sequence"), commitmentId);
    }
}
