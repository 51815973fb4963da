package org.pledgewatch.extraction.reading.domain.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A directory of articles and the gold.json that says what each states (the dev set's format). */
record GoldSet(String name, List<GoldDocument> documents) {

    record GoldDocument(String file, String body, String language, LocalDate publishedOn, String url,
            List<Map<String, Object>> pledges, List<Map<String, Object>> observations,
            List<Map<String, Object>> agreements) {
    }

    @SuppressWarnings("unchecked")
    static GoldSet load(String name, Path directory) {
        try {
            Map<String, Object> gold = (Map<String, Object>) MiniJson.parse(
                    Files.readString(directory.resolve("gold.json"), StandardCharsets.UTF_8));
            List<GoldDocument> docs = new ArrayList<>();
            for (Object o : (List<Object>) gold.get("documents")) {
                Map<String, Object> d = (Map<String, Object>) o;
                String file = (String) d.get("doc");
                String text = Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
                String url = null;
                if (text.startsWith("http")) {
                    // Held-out pages: address, language, date, blank line, then the text.
                    String[] lines = text.split("\n", -1);
                    url = lines[0].strip();
                    text = String.join("\n", java.util.Arrays.asList(lines).subList(Math.min(4, lines.length),
                            lines.length));
                }
                String published = (String) d.get("publishedAt");
                docs.add(new GoldDocument(file, text, (String) d.get("language"),
                        published == null ? null : LocalDate.parse(published.substring(0, 10)), url,
                        list(d.get("pledges")), list(d.get("observations")), list(d.get("agreements"))));
            }
            return new GoldSet(name, docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) (List<?>) o;
    }
}
