package org.pledgewatch.messaging;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Events in Kafka records, read from the values' UTF-8 JSON bytes. */
public final class EventPayloads {

    private EventPayloads() {
    }

    /**
     * Why a record's bytes could not be read as an event, for its dead-letter reason. From bytes in memory every
     * failure is Jackson's, malformed UTF-8 included; its original message leaves out the location Jackson appends.
     */
    public static String unreadableBecause(IOException e) {
        return e instanceof JsonProcessingException jackson ? jackson.getOriginalMessage() : e.getMessage();
    }
}
