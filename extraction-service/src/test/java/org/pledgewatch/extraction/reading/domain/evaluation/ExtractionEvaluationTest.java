package org.pledgewatch.extraction.reading.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.NewsReader;

/**
 * Scores the reader on the project's annotated articles, on the held-out articles and, when the workspace has it, on
 * the dev set, with the official scorer's matching rules. Prints the tables; fails below F1 0.95.
 *
 * <p>{@code ./mvnw -q -pl extraction-service test -Dtest=ExtractionEvaluationTest} (add {@code -Deval.verbose=true}
 * to list every miss and extra).
 */
class ExtractionEvaluationTest {

    private static final double REQUIRED_F1 = 0.95;
    /** The held-out set scored 0.82 before the fixes it prompted and is no longer unseen: a regression guard. */
    private static final double HELD_OUT_FLOOR = 0.95;
    /** holdout-2 measured before any fix (README.md); after the fixes it prompted, a regression guard. */
    private static final double HOLDOUT_2_FLOOR = 0.95;
    private static NewsReader reader;

    @BeforeAll
    static void loadReader() {
        reader = new NewsReader();
    }

    @Test
    void projectSet() {
        GoldSet set = GoldSet.load("project set (" + Evaluation.PROJECT_SET.getFileName() + ")", Evaluation.PROJECT_SET);
        assertThat(set.documents()).hasSizeGreaterThanOrEqualTo(40);
        check(Evaluation.run(reader, set));
    }

    /**
     * The held-out set: 30 articles written and annotated blind, before the reader's code was read. Its honest,
     * before-fix figure is in extraction-service/README.md; since the fixes were made against it, the floor here only
     * guards against regressions.
     */
    @Test
    void heldOutSet() {
        GoldSet set = GoldSet.load("held-out set (" + Evaluation.HELD_OUT_SET.getFileName() + ")",
                Evaluation.HELD_OUT_SET);
        assertThat(set.documents()).hasSize(30);
        Evaluation.Result result = Evaluation.run(reader, set);
        System.out.print(result.table());
        if (Boolean.getBoolean("eval.verbose")) {
            System.out.println(result.notes());
        }
        assertThat(result.overall().f1()).as("micro F1 on " + result.name()).isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
    }

    /** Eight articles written after the held-out fixes, as a second check; also seen now (README.md). */
    @Test
    void freshSpotCheck() {
        GoldSet set = GoldSet.load("fresh spot check (" + Evaluation.FRESH_SET.getFileName() + ")",
                Evaluation.FRESH_SET);
        Evaluation.Result result = Evaluation.run(reader, set);
        System.out.print(result.table());
        if (Boolean.getBoolean("eval.verbose")) {
            System.out.println(result.notes());
        }
        assertThat(result.overall().f1()).as("micro F1 on " + result.name()).isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
    }

    /**
     * The second blind round: 36 articles (22 French, 14 English, 6 negatives) written and annotated before the
     * reader's code was read again. Its before-fix figure is the honest estimate (README.md); the floor guards the
     * fixes made since.
     */
    @Test
    void secondHeldOutSet() {
        GoldSet set = GoldSet.load("holdout-2 (" + Evaluation.HOLDOUT_2_SET.getFileName() + ")",
                Evaluation.HOLDOUT_2_SET);
        assertThat(set.documents()).hasSize(36);
        Evaluation.Result result = Evaluation.run(reader, set);
        System.out.print(result.table());
        if (Boolean.getBoolean("eval.verbose")) {
            System.out.println(result.notes());
        }
        assertThat(result.overall().f1()).as("micro F1 on " + result.name()).isGreaterThanOrEqualTo(HOLDOUT_2_FLOOR);
    }

    @Test
    void devSet() {
        Path dev = Evaluation.devSet();
        Assumptions.assumeTrue(dev != null, "no dev set in this workspace (shared/dev-set): skipped");
        check(Evaluation.run(reader, GoldSet.load("dev set (" + dev + ")", dev)));
    }

    private static void check(Evaluation.Result result) {
        System.out.print(result.table());
        if (Boolean.getBoolean("eval.verbose") || result.overall().f1() < REQUIRED_F1) {
            System.out.println(result.notes());
        }
        assertThat(result.overall().f1()).as("micro F1 on " + result.name()).isGreaterThanOrEqualTo(REQUIRED_F1);
    }
}
