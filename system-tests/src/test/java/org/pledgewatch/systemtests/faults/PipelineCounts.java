package org.pledgewatch.systemtests.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What {@link PipelineCounter} found, stage by stage, and what it adds up to: lost, duplicated, dead-lettered. */
final class PipelineCounts {

    /** Records on a topic, distinct event ids among them, and distinct test articles they carry. */
    static final class TopicCount {
        int records;
        int distinctEvents;
        int testArticles;
    }

    static final class DeadLetters {
        int records;
        int distinctPoison;
        final List<String> notPoison = new ArrayList<>();
        final List<String> wrongReason = new ArrayList<>();
        final List<String> poisonMissing = new ArrayList<>();
    }

    int sent;
    int stored;
    Set<Integer> storedTwice = Set.of();
    Set<Integer> storedUnsent = Set.of();
    Set<Integer> notStored = Set.of();
    final TopicCount published = new TopicCount();
    final TopicCount extracted = new TopicCount();
    int applied;
    Set<Integer> appliedTwice = Set.of();
    Set<Integer> notApplied = Set.of();
    long processedEvents;
    int figureRows;
    int figuresRight;
    final Set<Integer> figuresTwice = new TreeSet<>();
    final Map<Integer, String> figuresWrong = new TreeMap<>();
    int pledgeRows;
    int pledgesExpected;
    final Set<Integer> pledgesTwice = new TreeSet<>();
    int commitmentsExpected;
    int commitmentsRight;
    final Map<String, String> commitmentSources = new TreeMap<>();
    int submittedRecords;
    int poisonSent;
    final Map<String, DeadLetters> deadLetters = new LinkedHashMap<>();

    /** Articles sent that never made it to the end of the pipeline. */
    Set<Integer> lost() {
        Set<Integer> lost = new TreeSet<>(notStored);
        lost.addAll(notApplied);
        return lost;
    }

    /** Articles stored, applied or counted more than once. */
    Set<Integer> duplicated() {
        Set<Integer> twice = new TreeSet<>(storedTwice);
        twice.addAll(appliedTwice);
        twice.addAll(figuresTwice);
        twice.addAll(pledgesTwice);
        return twice;
    }

    /** Dead-letter records that are not a poison record sent on articles.submitted, on any dead-letter topic. */
    int deadLetteredGoodRecords() {
        return deadLetters.values().stream().mapToInt(letters -> letters.notPoison.size()).sum();
    }

    List<String> rows() {
        List<String> rows = new ArrayList<>();
        rows.add(row("sent (accepted by ingest, or acknowledged by Kafka on articles.submitted)", sent, ""));
        rows.add(row("stored (ingest.article)", stored, storedUnsent.isEmpty() ? ""
                : storedUnsent.size() + " stored but never reported accepted"));
        rows.add(row("published (articles.ingested, distinct articles)", published.testArticles,
                published.records + " records, " + published.distinctEvents + " distinct event ids"));
        rows.add(row("extracted (articles.extracted, distinct articles)", extracted.testArticles,
                extracted.records + " records, " + extracted.distinctEvents + " distinct event ids"));
        rows.add(row("applied and tracked (commitments.article_extraction, tracked_at set)", applied,
                processedEvents + " rows in processed_event"));
        rows.add(row("figures right (one observation_fact per article, with its value, year and parties)",
                figuresRight, figureRows + " observation rows"
                        + (figuresWrong.isEmpty() ? "" : ", " + figuresWrong.size() + " read differently")));
        rows.add(row("pledges (pledge_fact, one on every seventh article)", pledgeRows, pledgesExpected + " expected"));
        rows.add(row("commitments whose source count equals the pledging articles sent", commitmentsRight,
                commitmentsExpected + " expected"));
        rows.add(row("**duplicated** (stored, applied or counted twice)", duplicated().size(), ""));
        rows.add(row("**lost** (sent, never applied)", lost().size(), notStored.size() + " never stored"));
        for (Map.Entry<String, DeadLetters> dlq : deadLetters.entrySet()) {
            DeadLetters letters = dlq.getValue();
            String note = letters.records + " records";
            if (!letters.notPoison.isEmpty()) {
                note += ", " + letters.notPoison.size() + " NOT poison";
            }
            if (!letters.wrongReason.isEmpty()) {
                note += ", " + letters.wrongReason.size() + " without the right reason";
            }
            rows.add(row("dead-lettered on " + dlq.getKey() + " (distinct poison records)", letters.distinctPoison,
                    dlq.getKey().equals(org.pledgewatch.contracts.Topics.ARTICLES_SUBMITTED_DLQ)
                            ? note + "; " + poisonSent + " poison records sent" : note));
        }
        return rows;
    }

    private static String row(String what, long count, String note) {
        return "| " + what + " | " + count + " | " + note + " |";
    }
}
