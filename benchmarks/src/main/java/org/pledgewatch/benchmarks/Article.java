package org.pledgewatch.benchmarks;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One generated submission, as a newsroom sends it. {@code duplicateOf} is the number of the article it repeats
 * (-1 for an original): ingest must store it once and publish it once.
 */
record Article(long number, String title, String body, String url, String source, String language,
        String publishedAt, long duplicateOf) {

    private static final ObjectMapper JSON = new ObjectMapper();

    boolean isDuplicate() {
        return duplicateOf >= 0;
    }

    int bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The JSON document ingest accepts (REST body, batch item, or record on articles.submitted). */
    String json() {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", title);
        node.put("body", body);
        node.put("url", url);
        node.put("source", source);
        node.put("language", language);
        node.put("publishedAt", publishedAt);
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
