package org.pledgewatch.extraction.reading.domain.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a grammar data file from the class path: tab-separated rows, '#' comments, blank lines ignored. */
final class TsvResource {

    private TsvResource() {
    }

    static List<String[]> rows(String path) {
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing grammar resource " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read grammar resource " + path, e);
        }
        return rows;
    }

    static String cell(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }
}
