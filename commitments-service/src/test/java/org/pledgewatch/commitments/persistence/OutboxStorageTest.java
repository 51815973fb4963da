package org.pledgewatch.commitments.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.pledgewatch.localinfra.ColumnStorage;

/** The migrations leave outbox payloads uncompressed: rows relayed and deleted within moments. */
@QuarkusTest
class OutboxStorageTest {

    @Inject
    DataSource dataSource;

    @Test
    void outboxPayloadsAreStoredOutOfLineWithoutCompression() throws Exception {
        // 'e' is EXTERNAL; 'x', EXTENDED, the default for text, compresses.
        assertThat(ColumnStorage.of(dataSource, "outbox_event", "payload")).isEqualTo("e");
    }
}
