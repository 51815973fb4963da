package org.pledgewatch.commitments.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The migrations leave outbox payloads uncompressed: rows relayed and deleted within moments. */
@QuarkusTest
class OutboxStorageTest {

    @Inject
    DataSource dataSource;

    @Test
    void outboxPayloadsAreStoredOutOfLineWithoutCompression() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet storage = statement.executeQuery("SELECT attstorage FROM pg_attribute"
                        + " WHERE attrelid = 'outbox_event'::regclass AND attname = 'payload'")) {
            assertThat(storage.next()).isTrue();
            // 'e' is EXTERNAL; 'x', EXTENDED, the default for text, compresses.
            assertThat(storage.getString(1)).isEqualTo("e");
        }
    }
}
