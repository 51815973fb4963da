package org.pledgewatch.localinfra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A fingerprint of commitments-service's current state in one schema: an MD5 per table over its rows in a fixed
 * order, computed by PostgreSQL. Two schemas built from the same facts (the live one and a replay into an empty
 * one) must have equal fingerprints. Only current state counts: when an extraction was applied
 * ({@code article_extraction.applied_at}), the status history and the outbox record the path taken, not the
 * result, and are left out.
 */
public final class CommitmentsStateHash {

    /** Each table with the columns that make up its state, in a fixed order. */
    public static final Map<String, String> TABLES = tables();

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private CommitmentsStateHash() {
    }

    /** Table name to {@code rows:md5}, in the order of {@link #TABLES}. */
    public static Map<String, String> of(Connection connection, String schema) throws SQLException {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                String sql = "SELECT count(*), md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) FROM "
                        + "(SELECT " + table.getValue() + " FROM " + schema + "." + table.getKey() + ") r";
                try (ResultSet result = statement.executeQuery(sql)) {
                    result.next();
                    hashes.put(table.getKey(), result.getLong(1) + ":" + result.getString(2));
                }
            }
        }
        return hashes;
    }

    /** One MD5 over the per-table hashes. */
    public static String combined(Map<String, String> tableHashes) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            tableHashes.forEach((table, hash) -> md5.update((table + "=" + hash + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("article_extraction", "article_id, event_id, extractor_version, article_url, article_title, "
                + "article_source, published_on, language");
        tables.put("pledge_fact", "*");
        tables.put("observation_fact", "*");
        tables.put("agreement_fact", "*");
        tables.put("commitment", "*");
        tables.put("agreement", "*");
        return Collections.unmodifiableMap(tables);
    }
}
