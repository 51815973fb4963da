package org.pledgewatch.extraction.reading.domain.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pledgewatch.extraction.reading.domain.ArticleText;
import org.pledgewatch.extraction.reading.domain.NewsReader;
import org.pledgewatch.extraction.reading.domain.Reading;

/** Runs the reader over a gold set and tallies precision, recall and F1 per kind and overall (micro). */
final class Evaluation {

    /** Where the project's own annotated articles live (test resources). */
    static final Path PROJECT_SET = Path.of("src/test/resources/evaluation");

    /** The held-out articles, written and annotated before the reader's code was read (test resources). */
    static final Path HELD_OUT_SET = Path.of("src/test/resources/holdout");

    /** Eight articles written after the held-out fixes, a second spot check (test resources). */
    static final Path FRESH_SET = Path.of("src/test/resources/holdout-fresh");

    /** The second blind round: 36 articles written and annotated before the reader's code was read again. */
    static final Path HOLDOUT_2_SET = Path.of("src/test/resources/holdout-2");

    record Result(String name, Map<String, Scorer.Tally> byKind, Scorer.Tally overall) {

        String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%-28s %5s %5s %5s %4s %4s %4s%n", name, "P", "R", "F1", "tp", "fp", "fn"));
            for (Map.Entry<String, Scorer.Tally> e : byKind.entrySet()) {
                b.append(row(e.getKey(), e.getValue()));
            }
            b.append(row("overall (micro)", overall));
            return b.toString();
        }

        private static String row(String label, Scorer.Tally t) {
            return String.format("  %-26s %5.2f %5.2f %5.2f %4d %4d %4d%n", label, t.precision(), t.recall(), t.f1(),
                    t.tp, t.fp, t.fn);
        }

        String notes() {
            return String.join("\n", overall.notes);
        }
    }

    static Result run(NewsReader reader, GoldSet set) {
        Map<String, Scorer.Tally> byKind = new LinkedHashMap<>();
        for (String k : Scorer.KINDS) {
            byKind.put(k, new Scorer.Tally());
        }
        Scorer.Tally overall = new Scorer.Tally();
        for (GoldSet.GoldDocument d : set.documents()) {
            Reading reading = reader.read(new ArticleText(d.body(), null, d.language(), d.publishedOn()));
            Map<String, Scorer.Tally> doc = Scorer.score(d.file(), d, reading);
            for (Map.Entry<String, Scorer.Tally> e : doc.entrySet()) {
                byKind.get(e.getKey()).add(e.getValue());
                overall.add(e.getValue());
            }
        }
        return new Result(set.name(), byKind, overall);
    }

    /** The dev set is where a checkout has it: a system property, beside the repository, or the workspace. */
    static Path devSet() {
        String configured = System.getProperty("pledgewatch.devset");
        for (String candidate : new String[] {configured, "../../shared/dev-set", "../shared/dev-set",
            "/work/shared/dev-set"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, "gold.json"))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /**
     * Prints the tables (and, with -Deval.verbose=true, every miss and extra) from the command line; directories given
     * as arguments are scored too.
     */
    public static void main(String[] args) {
        NewsReader reader = new NewsReader();
        boolean verbose = Boolean.getBoolean("eval.verbose") || (args.length > 0 && args[0].equals("--verbose"));
        if (Files.isDirectory(PROJECT_SET)) {
            Result r = run(reader, GoldSet.load("project set", PROJECT_SET));
            System.out.print(r.table());
            if (verbose) {
                System.out.println(r.notes());
            }
        }
        if (Files.isDirectory(HELD_OUT_SET)) {
            Result r = run(reader, GoldSet.load("held-out set", HELD_OUT_SET));
            System.out.print(r.table());
            if (verbose) {
                System.out.println(r.notes());
            }
        }
        if (Files.isDirectory(FRESH_SET)) {
            Result r = run(reader, GoldSet.load("fresh spot check", FRESH_SET));
            System.out.print(r.table());
            if (verbose) {
                System.out.println(r.notes());
            }
        }
        if (Files.isDirectory(HOLDOUT_2_SET)) {
            Result r = run(reader, GoldSet.load("holdout-2", HOLDOUT_2_SET));
            System.out.print(r.table());
            if (verbose) {
                System.out.println(r.notes());
            }
        }
        Path dev = devSet();
        if (dev != null) {
            Result r = run(reader, GoldSet.load("dev set", dev));
            System.out.print(r.table());
            if (verbose) {
                System.out.println(r.notes());
            }
        }
        // Any other directory with a gold.json given on the command line.
        for (String arg : args) {
            Path extra = Path.of(arg);
            if (Files.isRegularFile(extra.resolve("gold.json"))) {
                Result r = run(reader, GoldSet.load(extra.getFileName().toString(), extra));
                System.out.print(r.table());
                if (verbose) {
                    System.out.println(r.notes());
                }
            }
        }
    }
}
