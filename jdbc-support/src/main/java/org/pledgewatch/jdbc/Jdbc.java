package org.pledgewatch.commitments.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Plain JDBC on the transaction's connection, for the hot path of recomputation: no automatic flush of the
 * session before a statement and no entity in the persistence context after, which every later query of the
 * transaction would otherwise walk.
 */
public final class Jdbc {

    /** An array parameter of SQL type {@code type} ("text", "uuid"). */
    public record ArrayParameter(String type, Object[] values) {

        public static ArrayParameter text(Collection<String> values) {
            return new ArrayParameter("text", values.toArray(String[]::new));
        }
    }

    public interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    public interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private Jdbc() {
    }

    /** Runs {@code sql} with {@code arrays} as its parameters, in order, {@code fetchSize} rows per round trip. */
    public static void query(EntityManager em, String sql, List<ArrayParameter> arrays, int fetchSize,
            RowHandler handler) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setFetchSize(fetchSize);
                for (int i = 0; i < arrays.size(); i++) {
                    select.setArray(i + 1, connection.createArrayOf(arrays.get(i).type(), arrays.get(i).values()));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        handler.handle(row);
                    }
                }
            }
        });
    }

    /** Runs the statement {@code sql} with {@code arrays} as its parameters, in order; returns the rows it changed. */
    public static int update(EntityManager em, String sql, List<ArrayParameter> arrays) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < arrays.size(); i++) {
                    statement.setArray(i + 1,
                            connection.createArrayOf(arrays.get(i).type(), arrays.get(i).values()));
                }
                return statement.executeUpdate();
            }
        });
    }

    /** Runs {@code sql} once per item, as one statement batch. */
    public static <T> void batch(EntityManager em, String sql, Collection<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (T item : items) {
                    binder.bind(statement, item);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }
}
