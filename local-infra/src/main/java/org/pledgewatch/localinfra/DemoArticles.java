package org.pledgewatch.localinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo articles written for Pledgewatch (French and English, in {@code demo-articles/}), and how to send them
 * to a running ingest-service as one batch.
 */
public final class DemoArticles {

    private static final String DIRECTORY = "demo-articles/";

    private DemoArticles() {
    }

    /** Each article as the JSON document ingest-service accepts. */
    public static List<String> all() {
        List<String> articles = new ArrayList<>();
        for (String name : read(DIRECTORY + "index.txt").split("\\R")) {
            if (!name.isBlank()) {
                articles.add(read(DIRECTORY + name.trim()));
            }
        }
        return articles;
    }

    /** Posts all demo articles in one batch; returns the HTTP status and body of the answer. */
    public static HttpResponse<String> submit(String ingestBaseUrl, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingestBaseUrl + "/api/v1/articles:batch"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", all()) + "]"));
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = DemoArticles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
