package org.pledgewatch.commitments.tracking.persistence;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pledgewatch.jdbc.Jdbc;

@ApplicationScoped
public class StatusHistory {

    private static final String APPEND = """
            INSERT INTO commitment_status_change (commitment_id, sequence, previous_status, status, reason, changed_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String LAST_SEQUENCES = """
            SELECT commitment_id, max(sequence) FROM commitment_status_change
            WHERE commitment_id = ANY (?) GROUP BY commitment_id""";
    private static final String OF_COMMITMENT = """
            SELECT commitment_id, sequence, previous_status, status, reason, changed_at FROM commitment_status_change
            WHERE commitment_id = ? ORDER BY sequence""";

    private final Jdbc jdbc;

    StatusHistory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The last sequence number of each of these commitments that has a history, in one query. */
    public Map<UUID, Integer> lastSequences(Collection<UUID> commitmentIds) {
        Map<UUID, Integer> last = new HashMap<>();
        if (!commitmentIds.isEmpty()) {
            jdbc.query(LAST_SEQUENCES, List.of(new Jdbc.ArrayParameter("uuid", commitmentIds.toArray())), 1000,
                    row -> last.put(row.getObject(1, UUID.class), row.getInt(2)));
        }
        return last;
    }

    /** Appends changes, numbered after each commitment's last one (see {@link #lastSequences}), in one batch. */
    public void appendAll(List<StatusChangeRow> changes) {
        jdbc.batch(APPEND, changes, (insert, change) -> {
            insert.setObject(1, change.commitmentId());
            insert.setInt(2, change.sequence());
            insert.setString(3, change.previousStatus());
            insert.setString(4, change.status());
            insert.setString(5, change.reason());
            insert.setTimestamp(6, Timestamp.from(change.changedAt()));
        });
    }

    public List<StatusChangeRow> of(UUID commitmentId) {
        return jdbc.list(OF_COMMITMENT, List.of(commitmentId), row -> new StatusChangeRow(
                row.getObject("commitment_id", UUID.class), row.getInt("sequence"), row.getString("previous_status"),
                row.getString("status"), row.getString("reason"), row.getTimestamp("changed_at").toInstant()));
    }
}
