package org.pledgewatch.extraction.reading.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.pledgewatch.extraction.reading.domain.ArticleText;
import org.pledgewatch.extraction.reading.domain.NewsReader;

/**
 * Single-threaded throughput of {@link NewsReader#read} on ~4 KB articles, in articles per second per core.
 * The articles are the evaluation set's, each padded with its own paragraphs to about 4 KB so that every read
 * sees realistic text of the target size.
 *
 * <p>Run as described in the module README: {@code java -cp ... ReadingBenchmark [seconds] [directory]}.
 */
public final class ReadingBenchmark {

    private static final int TARGET_CHARS = 4096;

    private ReadingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<ArticleText> articles = articles(Path.of(args.length > 1 ? args[1] : "src/test/resources/evaluation"));
        NewsReader reader = new NewsReader();
        long chars = articles.stream().mapToLong(a -> a.body().length()).sum();
        System.out.printf("%d articles, %.0f chars on average%n", articles.size(), (double) chars / articles.size());
        run(reader, articles, Math.max(2, seconds / 3), "warm-up");
        double rate = run(reader, articles, seconds, "measured");
        System.out.printf("throughput: %.0f articles/second per core, one thread (%.1f MB/s)%n", rate,
                rate * chars / articles.size() / 1e6);
    }

    /**
     * Reads the articles over and over for {@code seconds} of wall-clock time; the rate is counted against the
     * thread's own CPU time, so that other work on the machine does not lower the per-core figure.
     */
    private static double run(NewsReader reader, List<ArticleText> articles, double seconds, String label) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long count = 0;
        int findings = 0;
        while (System.nanoTime() < deadline) {
            for (ArticleText a : articles) {
                findings += reader.read(a).observations().size();
                count++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double rate = count / cpu;
        System.out.printf("%s: %d reads in %.1f s wall, %.1f s CPU = %.0f articles/s per core (%.0f/s wall; "
                + "checksum %d)%n", label, count, elapsed, cpu, rate, count / elapsed, findings);
        return rate;
    }

    static List<ArticleText> articles(Path directory) throws IOException {
        List<ArticleText> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                StringBuilder body = new StringBuilder(text);
                while (body.length() < TARGET_CHARS) {
                    body.append("\n\n").append(text, 0, Math.min(text.length(), TARGET_CHARS - body.length() + 200));
                }
                String language = p.getFileName().toString().startsWith("en") ? "en" : "fr";
                out.add(new ArticleText(body.toString(), null, language, LocalDate.of(2025, 6, 1)));
            }
        }
        return out;
    }
}
