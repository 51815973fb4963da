package org.pledgewatch.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pledgewatch.localinfra.PledgewatchStack;
import org.pledgewatch.localinfra.ServiceProcess;

/**
 * One way of running the pipeline: the design choices the services can switch off (for the naive baseline), how
 * the client sends articles over REST, and the JVM options of the services.
 *
 * @param clientBatchSize articles per REST request (1: one POST per article)
 * @param outboxBatchSize outbox rows the relays publish per transaction (1: send one event and wait for it)
 * @param ingestTransactionPerPoll ingest stores a poll of the raw topic in one transaction (false: one per record)
 * @param commitmentsTransactionPerPoll commitments applies a poll in one transaction (false: one per event)
 * @param commitmentsRecomputeInBackground commitments recomputes the groups a poll touched in the background, once
 *        for all the polls that touched them meanwhile (false: in the poll's transaction, once per poll)
 * @param tunedJvm the services run with {@link #tunedOptions} (false: {@code java -jar} with no option)
 * @param trainedArchive with tuned options, classes come from the archive a training run wrote (see
 *        {@link ClassArchiveTraining}) rather than from the one the build wrote
 */
record PipelineConfig(String name, int clientBatchSize, int outboxBatchSize, boolean ingestTransactionPerPoll,
        boolean commitmentsTransactionPerPoll, boolean commitmentsRecomputeInBackground, boolean tunedJvm,
        boolean trainedArchive) {

    static final PipelineConfig OPTIMIZED = new PipelineConfig("optimized: all of the above", 100, 500, true, true,
            true, true, true);

    /** From the naive configuration to the optimized one, one design choice at a time. */
    static final List<PipelineConfig> LADDER = List.of(
            new PipelineConfig("naive: single POSTs, outbox 1 by 1, a transaction per record, no JVM options",
                    1, 1, false, false, false, false, false),
            new PipelineConfig("+ client sends REST batches of 100", 100, 1, false, false, false, false, false),
            new PipelineConfig("+ outbox relay publishes 500 rows per transaction", 100, 500, false, false, false,
                    false, false),
            new PipelineConfig("+ ingest stores a raw-topic poll per transaction", 100, 500, true, false, false,
                    false, false),
            new PipelineConfig("+ commitments applies a poll per transaction", 100, 500, true, true, false, false,
                    false),
            new PipelineConfig("+ commitments recomputes touched groups in the background", 100, 500, true, true,
                    true, false, false),
            new PipelineConfig("+ tuned JVM options and the build's AppCDS archive", 100, 500, true, true, true,
                    true, false),
            new PipelineConfig("+ class archive from a training run (= optimized)", 100, 500, true, true, true,
                    true, true));

    /** The environment of {@code service} in this configuration, with its own schemas for run {@code tag}. */
    Map<String, String> environment(String service, String tag) {
        Map<String, String> env = new HashMap<>();
        env.put("PLEDGEWATCH_OUTBOX_BATCH_SIZE", Integer.toString(outboxBatchSize));
        if (tunedJvm) {
            // glibc gives each thread that allocates natively an arena of its own (up to 8 per core): most of the
            // resident memory above the heap in a service with many client threads.
            env.put("MALLOC_ARENA_MAX", "2");
        }
        switch (service) {
            case PledgewatchStack.INGEST -> {
                env.put("PLEDGEWATCH_DB_SCHEMA", "ingest_" + tag);
                env.put("PLEDGEWATCH_INGEST_TRANSACTION_PER_BATCH", Boolean.toString(ingestTransactionPerPoll));
                // The benchmark is a handful of clients sending as fast as the pipeline takes: the per-client
                // rate limit (a protection against one misbehaving feed) would measure the policy, not the system.
                env.put("PLEDGEWATCH_INGEST_REQUESTS_PER_SECOND", "100000");
                env.put("PLEDGEWATCH_INGEST_REQUEST_BURST", "100000");
            }
            case PledgewatchStack.COMMITMENTS -> {
                env.put("PLEDGEWATCH_DB_SCHEMA", "commitments_" + tag);
                env.put("PLEDGEWATCH_COMMITMENTS_TRANSACTION_PER_BATCH",
                        Boolean.toString(commitmentsTransactionPerPoll));
                env.put("PLEDGEWATCH_COMMITMENTS_RECOMPUTE_IN_BACKGROUND",
                        Boolean.toString(commitmentsRecomputeInBackground));
            }
            default -> {
            }
        }
        return env;
    }

    /**
     * Tuned: the serial collector and a heap sized for what a service holds (resident memory; one collector thread
     * is enough on two cores); C1 only, whose code is ready sooner and smaller than C2's, which on two shared cores
     * measured faster, not slower; smaller thread stacks and a bound on direct buffers; and, as the Helm chart does,
     * exit on running out of heap rather than carry on with a dead consumer; and the C library's heap given back to
     * the system every 5 s ({@code TrimNativeHeapInterval}, JDK 17.0.9+): after a 10,000-article run glibc's arenas
     * held 16-20 MiB per service, about twice what Native Memory Tracking counted as allocated, and 11-13 MiB when
     * trimmed. Measured against -Xmx256m, -Xmx160m with C2 and -Xmx64m: see the README's performance section.
     * Classes come from a class-data archive: see {@link #jvmOptions}. The heap is each service's own: see
     * {@link #heapOptions}.
     */
    static final List<String> TUNED_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss512k", "-XX:MaxDirectMemorySize=32m", "-XX:+ExitOnOutOfMemoryError",
            "-XX:TrimNativeHeapInterval=5000");

    /**
     * The heap of each service, from what it holds under load (heap dumps taken mid-run) and what a smaller heap
     * then cost (README, Performance). Extraction keeps about 20 MiB live with its Kafka fetches bounded and a few
     * readers that hand events over rather than 32 that waited for Kafka: 56 MiB (at 64 MiB, 7 full collections
     * a 10,000-article run instead of 10, and 8 MiB more resident). Ingest and commitments keep 20-25 MiB live, and
     * what they have in flight (batches, polls, recomputation rounds) outlives young collections and is promoted: a
     * small young generation, 12 MiB (ingest) or 16 MiB with 4 MiB survivors (commitments), leaves the old
     * generation room for it. Ingest at 52 MiB: 28 full collections a run against 21 at 56 MiB, taking as long in
     * all (3.4 s), and 4-5 MiB less resident.
     */
    static List<String> heapOptions(String service) {
        return switch (service) {
            case PledgewatchStack.INGEST -> List.of("-Xmx52m", "-Xmn12m");
            case PledgewatchStack.EXTRACTION -> List.of("-Xmx56m");
            default -> List.of("-Xmx52m", "-Xmn16m", "-XX:SurvivorRatio=2");
        };
    }

    /**
     * Compilation later than the default thresholds for ingest and commitments, whose work waits mostly on the
     * database and Kafka: fewer methods compiled, about 6 MiB less code resident, no rate lost (one 10,000-article
     * run each). Not for extraction, whose reading is CPU-bound: with all three compiling later, that run's rate fell
     * 499 → 427 articles/s and extraction finished 3 s later.
     */
    static List<String> compilationOptions(String service) {
        return PledgewatchStack.EXTRACTION.equals(service) ? List.of() : List.of("-XX:CompileThresholdScaling=10");
    }

    /** The tuned options of {@code service}, its heap included. */
    static List<String> tunedOptions(String service) {
        List<String> options = new ArrayList<>(TUNED_JVM_OPTIONS);
        options.addAll(heapOptions(service));
        options.addAll(compilationOptions(service));
        return options;
    }

    /**
     * The JVM options of {@code service}. Tuned, its classes come from a class-data archive: the one the build wrote
     * ({@code app-cds.jsa}, which holds the classes loaded until static initialisation ends: about 6,000 of 16,000),
     * or, with {@code trainedArchive}, the one a training run of the service wrote in {@code trainedArchives} (every
     * class loaded while it started and worked).
     */
    List<String> jvmOptions(String service, Path trainedArchives) {
        if (!tunedJvm) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        options.add("-XX:SharedArchiveFile=" + (trainedArchive
                ? ClassArchiveTraining.archive(trainedArchives, service).toString()
                : ServiceProcess.APP_CDS_ARCHIVE));
        options.addAll(tunedOptions(service));
        return options;
    }
}
