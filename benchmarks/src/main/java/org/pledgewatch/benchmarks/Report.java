package org.pledgewatch.benchmarks;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pledgewatch.localinfra.PledgewatchStack;

/** The benchmark's one table: every figure, naive beside optimized where both were measured, with the targets. */
final class Report {

    private final PipelineBenchmark.Options options;
    Machine machine;
    String loadAfter;
    ExtractionThroughput.Result extraction;
    Map<String, Duration> optimizedStart;
    Map<String, Duration> naiveStart;
    Map<String, Double> optimizedRss;
    Map<String, Double> naiveRss;
    PipelineBenchmark.Latency latency;
    PipelineBenchmark.Throughput optimized;
    final List<PipelineBenchmark.Throughput> ladder = new ArrayList<>();
    PipelineBenchmark.Throughput replayLoad;
    PipelineBenchmark.Replay replay;
    TrackingThroughput.Result tracking;

    Report(PipelineBenchmark.Options options) {
        this.options = options;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Pledgewatch benchmark\n\n");
        out.append("Run ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" on ").append(machine.summary()).append("; after: ").append(loadAfter).append(".\n");
        out.append("Kafka (KRaft, in the benchmark's JVM), PostgreSQL and the three services (built jars, prod profile) "
                + "on this one machine. ").append(options.describe()).append("\n\n");
        out.append("| # | measure | naive | optimized | optimized ÷ naive | step gain | target | met |\n");
        out.append("|---|---|---:|---:|---:|---:|---|---|\n");
        int row = 1;

        PipelineBenchmark.Throughput naive = ladder.isEmpty() ? null : ladder.get(0);
        if (optimized != null) {
            out.append(row(row++, "End-to-end throughput, articles/s (submission → commitments and agreements recomputed with the article, `article_extraction.tracked_at`; optimized: "
                    + optimized.articles() + " articles, naive: " + (naive == null ? "—" : naive.articles()) + ")",
                    naive == null ? "—" : fmt(naive.perSecond()), fmt(optimized.perSecond()),
                    naive == null ? "—" : ratio(optimized.perSecond() / naive.perSecond()), "", "≥ 500",
                    met(optimized.complete() && optimized.perSecond() >= 500)));
            out.append(row(row++, "— same run, steady rate (20 %–80 % of rows), articles/s", naive == null ? "—"
                    : fmt(naive.steadyPerSecond()), fmt(optimized.steadyPerSecond()), "", "", "", ""));
            out.append(row(row++, "— same run, ingest accepted, articles/s (all stages: ingest done / extraction done / "
                    + "applied, s)", naive == null ? "—" : fmt(naive.acceptedPerSecond()) + " (" + stages(naive) + ")",
                    fmt(optimized.acceptedPerSecond()) + " (" + stages(optimized) + ")", "", "", "", ""));
            out.append(row(row++, "— same run, CPU seconds by process (" + String.join(", ", optimized.cpu().keySet())
                    + ")", naive == null ? "—" : cpu(naive), cpu(optimized), "", "", "", ""));
        }
        for (int i = 0; i < ladder.size(); i++) {
            PipelineBenchmark.Throughput step = ladder.get(i);
            out.append(row(row++, "Ladder " + i + ": " + step.config() + " — articles/s, " + step.articles()
                    + " articles", fmt(naive.perSecond()), fmt(step.perSecond()) + (step.complete() ? "" : " (incomplete)"),
                    ratio(step.perSecond() / naive.perSecond()),
                    i == 0 ? "" : ratio(step.perSecond() / ladder.get(i - 1).perSecond()), "", ""));
        }
        if (latency != null) {
            boolean complete = latency.complete();
            out.append(row(row++, String.format("Latency at %.0f articles/s for %d s, p50, ms (REST %s / raw topic %s)",
                    latency.rate(), latency.seconds(), ms(latency.rest().p50()), ms(latency.kafka().p50())), "—",
                    ms(latency.all().p50()), "", "", "", ""));
            out.append(row(row++, "— p95, ms", "—", ms(latency.all().p95()), "", "", "", ""));
            out.append(row(row++, String.format("— p99, ms (max %s; %d articles)", ms(latency.all().max()),
                    latency.all().count()), "—", ms(latency.all().p99()), "", "", "< 1000",
                    met(complete && latency.all().p99() < 1000)));
        }
        if (extraction != null) {
            out.append(row(row++, String.format("Extraction alone, articles/s per core (NewsReader, one thread, %.0f-byte "
                    + "articles; %.1f pledges, %.1f figures, %.1f agreements each)", extraction.averageBytes(),
                    extraction.pledgesPerArticle(), extraction.observationsPerArticle(),
                    extraction.agreementsPerArticle()), "—", fmt(extraction.perCore()), "", "", "≥ 1000",
                    met(extraction.perCore() >= 1000)));
        }
        for (String service : BenchStack.SERVICES) {
            if (optimizedStart != null) {
                Duration opt = optimizedStart.get(service);
                Duration nai = naiveStart == null ? null : naiveStart.get(service);
                out.append(row(row++, service + ": start, `java -jar` to ready, s", nai == null ? "—" : secs(nai),
                        secs(opt), nai == null ? "—" : ratio((double) nai.toMillis() / opt.toMillis()) + " faster", "",
                        "< 3", met(opt.toMillis() < 3000)));
            }
        }
        for (String service : BenchStack.SERVICES) {
            if (optimizedRss != null) {
                double opt = optimizedRss.get(service);
                Double nai = naiveRss == null ? null : naiveRss.get(service);
                out.append(row(row++, service + ": resident memory after the load (VmRSS), MiB",
                        nai == null ? "—" : fmt(nai), fmt(opt), nai == null ? "—" : ratio(nai / opt) + " smaller", "",
                        "< 200", met(opt < 200)));
            }
        }
        if (replayLoad != null) {
            out.append(row(row++, "Replay: loading " + replayLoad.articles() + " articles through the whole pipeline, "
                    + "articles/s", "—", fmt(replayLoad.perSecond()), "", "", "", ""));
        }
        if (replay != null) {
            out.append(row(row++, "Replay of " + replay.articles() + " archived articles through extraction and tracking "
                    + "(admin replay → empty commitments schema), s" + (replay.complete() ? "" : " — INCOMPLETE"), "—",
                    String.format("%.0f (%.0f/s)", replay.seconds(), replay.articles() / replay.seconds()), "", "",
                    replay.articles() >= 100_000 ? "< 300" : "< 300 for 100000",
                    replay.articles() >= 100_000 ? met(replay.complete() && replay.seconds() < 300) : "n/a"));
        }
        if (tracking != null) {
            out.append(row(row++, "Tracking alone: commitments-service applying a backlog of " + tracking.articles()
                    + " articles' extraction events, nothing else running, articles/s (first half / second half)"
                    + (tracking.complete() ? "" : " — INCOMPLETE"), "—", fmt(tracking.perSecond()) + " ("
                    + fmt(tracking.firstHalfPerSecond()) + " / " + fmt(tracking.secondHalfPerSecond()) + ")", "", "",
                    "", ""));
            out.append(row(row++, "— same run, CPU seconds (commitments-service / postgresql), resident MiB after",
                    "—", String.format("%.1f / %.1f, %.0f MiB", tracking.cpu().get(PledgewatchStack.COMMITMENTS),
                            tracking.cpu().get("postgresql"), tracking.residentMiB()), "", "", "", ""));
        }
        out.append("\nNaive: `java -jar` with no JVM option, each REST article in its own POST, outbox relays sending one "
                + "event and waiting for it, one database transaction per raw-topic record (ingest) and per extraction "
                + "event (commitments), each recomputing the groups it touched before it commits. An article counts as "
                + "applied once commitments and agreements reflect it (`tracked_at`). Optimized: the defaults. Ratios are optimized ÷ naive (start time and memory: "
                + "naive ÷ optimized); \"step gain\" is one ladder step over the previous one.\n");
        return out.toString();
    }

    private static String cpu(PipelineBenchmark.Throughput t) {
        return t.cpu().values().stream().map(v -> String.format("%.0f", v)).reduce((a, b) -> a + " / " + b).orElse("");
    }

    private static String stages(PipelineBenchmark.Throughput t) {
        return String.format("%.0f / %.0f / %.0f", t.ingestedSeconds(), t.extractedSeconds(), t.seconds());
    }

    private static String row(int n, String measure, String naive, String optimized, String ratio, String step,
            String target, String met) {
        return "| " + n + " | " + measure + " | " + naive + " | " + optimized + " | " + ratio + " | " + step + " | "
                + target + " | " + met + " |\n";
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "—" : value >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "—" : String.format("%.0f", value);
    }

    private static String secs(Duration d) {
        return String.format("%.2f", d.toMillis() / 1000.0);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? "—" : String.format("%.2f×", r);
    }

    private static String met(boolean ok) {
        return ok ? "**yes**" : "no";
    }
}
