package org.pledgewatch.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * Plain JDBC on the service's data source. Inside a transaction every call runs on that transaction's connection
 * (the pool enlists one connection per transaction), so statements here see each other's writes and share its
 * advisory locks; outside one, each call borrows a connection for its own statement.
 */
@ApplicationScoped
public class Jdbc {

    /** An array parameter of SQL type {@code type} ("text", "uuid", "int8"). */
    public record ArrayParameter(String type, Object[] values) {

        public static ArrayParameter text(Collection<String> values) {
            return new ArrayParameter("text", values.toArray(String[]::new));
        }
    }

    public interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Rows fetched per round trip when a caller does not say. */
    private static final int DEFAULT_FETCH_SIZE = 1000;

    private final AgroalDataSource dataSource;

    Jdbc(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code sql} with {@code parameters} bound in order ({@link ArrayParameter}s as SQL arrays, anything else
     * as itself), {@code fetchSize} rows per round trip, handing each row to {@code handler} as it arrives.
     */
    public void query(String sql, List<?> parameters, int fetchSize, RowHandler handler) {
        run(sql, connection -> {
            try (PreparedStatement select = prepare(connection, sql, parameters)) {
                select.setFetchSize(fetchSize);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        handler.handle(row);
                    }
                }
            }
            return null;
        });
    }

    /** Every row of {@code sql}, mapped. */
    public <T> List<T> list(String sql, List<?> parameters, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        query(sql, parameters, DEFAULT_FETCH_SIZE, row -> rows.add(mapper.map(row)));
        return rows;
    }

    /** The first row of {@code sql}, mapped, if there is one. */
    public <T> Optional<T> first(String sql, List<?> parameters, RowMapper<T> mapper) {
        return run(sql, connection -> {
            try (PreparedStatement select = prepare(connection, sql, parameters);
                    ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(mapper.map(row)) : Optional.empty();
            }
        });
    }

    /** The single number {@code sql} answers (a count). */
    public long count(String sql, List<?> parameters) {
        return first(sql, parameters, row -> row.getLong(1)).orElse(0L);
    }

    /**
     * Page {@code page} (from 0) of {@code size} rows of {@code table} matching {@code where}, in {@code orderBy}
     * order (an ORDER BY list of the caller's own, never of user input), and the count of all matching rows.
     */
    public <T> Slice<T> slice(String table, String columns, Where where, String orderBy, int page, int size,
            RowMapper<T> mapper) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(size);
        parameters.add((long) page * size);
        List<T> items = list("SELECT " + columns + " FROM " + table + where.sql() + " ORDER BY " + orderBy
                + " LIMIT ? OFFSET ?", parameters, mapper);
        return new Slice<>(items, count("SELECT count(*) FROM " + table + where.sql(), where.parameters()));
    }

    /** Runs the statement {@code sql} with {@code parameters} (see {@link #query}); returns the rows it changed. */
    public int update(String sql, List<?> parameters) {
        return run(sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs {@code sql} once per item, as one statement batch. */
    public <T> void batch(String sql, Collection<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        run(sql, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (T item : items) {
                    binder.bind(statement, item);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    private <T> T run(String sql, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(firstLine(sql), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof ArrayParameter array) {
                    statement.setArray(i + 1, connection.createArrayOf(array.type(), array.values()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static String firstLine(String sql) {
        String trimmed = sql.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end) + " …";
    }

    /** A statement failed; the {@link SQLException} is the cause, with its SQL state. */
    public static final class DatabaseException extends RuntimeException {
        DatabaseException(String statement, SQLException cause) {
            super("statement failed: " + statement + ": " + cause.getMessage(), cause);
        }
    }
}
