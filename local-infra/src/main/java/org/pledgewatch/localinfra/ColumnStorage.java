package org.pledgewatch.localinfra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** How PostgreSQL stores a column of a table on the connection's search path, for tests of migrations. */
public final class ColumnStorage {

    /** {@code attstorage}: 'p' plain, 'm' main, 'e' external (out of line, uncompressed), 'x' extended. */
    public static String of(DataSource dataSource, String table, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT attstorage FROM pg_attribute"
                        + " WHERE attrelid = ?::regclass AND attname = ?")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no column " + table + "." + column);
                }
                return row.getString(1);
            }
        }
    }

    private ColumnStorage() {
    }
}
