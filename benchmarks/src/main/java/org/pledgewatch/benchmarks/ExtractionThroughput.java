package org.pledgewatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.extraction.reading.domain.ArticleText;
import org.pledgewatch.extraction.reading.domain.NewsReader;
import org.pledgewatch.extraction.reading.domain.Reading;

/**
 * Extraction alone: {@link NewsReader#read} single-threaded, in this JVM, on generated ~4 KB articles, counted
 * against the thread's CPU time (articles per second per core), as extraction-service's {@code ReadingBenchmark}
 * does on the evaluation set.
 */
final class ExtractionThroughput {

    record Result(int distinctArticles, double averageBytes, long reads, double cpuSeconds, double wallSeconds,
            double perCore, double pledgesPerArticle, double observationsPerArticle, double agreementsPerArticle,
            double shareWithFindings) {
    }

    private ExtractionThroughput() {
    }

    /** ~4 KB articles from the benchmark's generator (originals only), as the reader's input. */
    static List<ArticleText> articles(long seed, int count) {
        ArticleGenerator generator = new ArticleGenerator(seed, "x", 0, 3900, 4500);
        List<ArticleText> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article a = generator.next();
            texts.add(new ArticleText(a.body(), a.title(), a.language(), LocalDate.parse(a.publishedAt())));
        }
        return texts;
    }

    static Result measure(List<ArticleText> articles, double seconds) {
        NewsReader reader = new NewsReader();
        long pledges = 0;
        long observations = 0;
        long agreements = 0;
        long withFindings = 0;
        for (ArticleText article : articles) {
            Reading reading = reader.read(article);
            pledges += reading.pledges().size();
            observations += reading.observations().size();
            agreements += reading.agreements().size();
            if (!reading.pledges().isEmpty() || !reading.observations().isEmpty()) {
                withFindings++;
            }
        }
        run(reader, articles, Math.max(3, seconds / 2));
        long[] measured = run(reader, articles, seconds);
        double cpu = measured[1] / 1e9;
        double wall = measured[2] / 1e9;
        double bytes = articles.stream().mapToInt(a -> a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .average().orElse(0);
        int n = articles.size();
        return new Result(n, bytes, measured[0], cpu, wall, measured[0] / cpu, (double) pledges / n,
                (double) observations / n, (double) agreements / n, (double) withFindings / n);
    }

    /** Reads over and over for {@code seconds}; returns reads, CPU nanoseconds of this thread, wall nanoseconds. */
    private static long[] run(NewsReader reader, List<ArticleText> articles, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long count = 0;
        long checksum = 0;
        while (System.nanoTime() < deadline) {
            for (ArticleText article : articles) {
                checksum += reader.read(article).observations().size();
                count++;
            }
        }
        if (checksum < 0) {
            throw new IllegalStateException();
        }
        return new long[] {count, threads.getCurrentThreadCpuTime() - cpuStart, System.nanoTime() - start};
    }
}
