package org.pledgewatch.systemtests.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's report: counts per stage, dead letters per topic, the faults injected, what each scenario observed,
 * what ingest answered in each phase, the replay comparison and the time taken. Printed and written to
 * {@code system-tests/target/fault-report.md}.
 */
final class FaultReport {

    private final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();
    private final Map<String, List<String>> scenarios = new LinkedHashMap<>();
    private PipelineCounts counts;
    private List<FaultInjector.Fault> faults = List.of();
    private Map<String, Map<String, Integer>> answers = Map.of();
    private final List<String> replay = new ArrayList<>();

    long startNanos() {
        return startNanos;
    }

    synchronized void scenario(String name, String observation) {
        scenarios.computeIfAbsent(name, n -> new ArrayList<>()).add(observation);
    }

    synchronized void counts(PipelineCounts counts) {
        this.counts = counts;
    }

    synchronized void faults(List<FaultInjector.Fault> faults) {
        this.faults = faults;
    }

    synchronized void answers(Map<String, Map<String, Integer>> answers) {
        this.answers = answers;
    }

    synchronized void replay(String line) {
        replay.add(line);
    }

    synchronized String markdown() {
        StringBuilder md = new StringBuilder();
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos).truncatedTo(ChronoUnit.SECONDS);
        md.append("# Fault suite: nothing lost, nothing doubled\n\n");
        md.append("Run ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(", took **")
                .append(minutes(took)).append("** (stack start to last check). Machine: ").append(machine())
                .append(".\n\n");
        if (counts != null) {
            md.append("| stage | count | notes |\n| --- | ---: | --- |\n");
            counts.rows().forEach(row -> md.append(row).append('\n'));
            md.append('\n');
        } else {
            md.append("_The final count did not run._\n\n");
        }
        if (!replay.isEmpty()) {
            md.append("## Replay into an empty schema\n\n");
            replay.forEach(line -> md.append("- ").append(line).append('\n'));
            md.append('\n');
        }
        md.append("## Faults injected (").append(faults.size()).append(")\n\n| at | fault | back after |\n| ---: | --- | ---: |\n");
        for (FaultInjector.Fault fault : faults) {
            md.append("| ").append(seconds(fault.at())).append(" | ").append(fault.what()).append(" | ")
                    .append(seconds(fault.outage())).append(" |\n");
        }
        md.append("\n## What each scenario observed\n\n");
        scenarios.forEach((name, lines) -> {
            md.append("- **").append(name).append("**\n");
            lines.forEach(line -> md.append("  - ").append(line).append('\n'));
        });
        md.append("\n## What ingest answered, per phase\n\n| phase | answers |\n| --- | --- |\n");
        answers.forEach((phase, outcomes) -> md.append("| ").append(phase).append(" | ").append(outcomes).append(" |\n"));
        if (counts != null) {
            details(md);
        }
        return md.toString();
    }

    private void details(StringBuilder md) {
        List<String> problems = new ArrayList<>();
        if (!counts.lost().isEmpty()) {
            problems.add("lost articles: " + first(counts.lost()));
        }
        if (!counts.duplicated().isEmpty()) {
            problems.add("duplicated articles: " + first(counts.duplicated()));
        }
        if (!counts.figuresWrong.isEmpty()) {
            problems.add("figures read differently: " + first(counts.figuresWrong.entrySet()));
        }
        counts.deadLetters.forEach((topic, letters) -> {
            if (!letters.notPoison.isEmpty()) {
                problems.add(topic + " holds records that are not poison: " + first(letters.notPoison));
            }
            if (!letters.wrongReason.isEmpty()) {
                problems.add(topic + " holds poison without the right reason: " + first(letters.wrongReason));
            }
            if (!letters.poisonMissing.isEmpty()) {
                problems.add("poison records never dead-lettered: " + first(letters.poisonMissing));
            }
        });
        md.append("\n## Commitments: pledging articles sent vs. sources counted\n\n");
        counts.commitmentSources.forEach((pair, line) -> md.append("- ").append(pair).append(": ").append(line).append('\n'));
        if (!problems.isEmpty()) {
            md.append("\n## Problems\n\n");
            problems.forEach(problem -> md.append("- ").append(problem).append('\n'));
        }
    }

    void write(Path file) {
        String text = markdown();
        System.out.println("\n" + text);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)) + " GiB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version");
    }

    private static String first(Iterable<?> items) {
        List<String> shown = new ArrayList<>();
        int total = 0;
        for (Object item : items) {
            if (shown.size() < 10) {
                shown.add(String.valueOf(item));
            }
            total++;
        }
        return total + " (" + String.join(", ", shown) + (total > shown.size() ? ", …" : "") + ")";
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
}
