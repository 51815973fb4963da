package org.pledgewatch.extraction.reading.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.NewsReader;

/**
 * Scores the reader on the project's annotated articles and, when the workspace has it, on the dev set, with
 * the official scorer's matching rules. Prints the table; fails below F1 0.95.
 *
 * <p>{@code ./mvnw -q -pl extraction-service test -Dtest=ExtractionEvaluationTest} (add {@code -Deval.verbose=true}
 * to list every miss and extra).
 */
class ExtractionEvaluationTest {

    private static final double REQUIRED_F1 = 0.95;
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
