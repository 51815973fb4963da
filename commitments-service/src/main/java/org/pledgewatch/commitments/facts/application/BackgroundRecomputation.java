package org.pledgewatch.commitments.facts.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.persistence.RecomputationMarks;
import org.pledgewatch.commitments.facts.persistence.RecomputationMarks.Group;
import org.pledgewatch.commitments.facts.persistence.RecomputationMarks.Mark;
import org.pledgewatch.messaging.TransientFailures;

/**
 * Recomputes the groups whose facts changed, apart from the transactions that changed them (see
 * {@link ExtractionApplier}): on one thread, woken when a batch that marked groups commits, the groups marked longest
 * ago first, a few dozen per transaction, until none is left. A group marked by many polls while it waited is
 * recomputed once for all of them, so under a backlog the work per article stops growing with the number of polls,
 * while under a light load a group waits only for the recomputation in progress. Any replica recomputes any group
 * (the marks are in the database; each replica also looks for marks now and then, for those another replica left);
 * a failed or interrupted transaction leaves its marks for the next attempt.
 */
@ApplicationScoped
public class BackgroundRecomputation {

    /** Fired in the transaction that marked groups; wakes the recomputation once that transaction committed. */
    public record GroupsMarked() {
    }

    private static final Logger LOG = Logger.getLogger(BackgroundRecomputation.class);
    /** Groups per transaction: bounds the locks held and the work a failure undoes. */
    static final int GROUPS_PER_TRANSACTION = 64;
    /** How long a group whose recomputation failed on its own waits before the next attempt. */
    private static final Duration SET_ASIDE_FOR = Duration.ofMinutes(10);

    private final RecomputationMarks marks;
    private final GroupRecomputation recomputation;
    private final Duration lookEvery;
    private final Semaphore wake = new Semaphore(0);
    /** Groups whose recomputation failed on its own, with when to try again (System.nanoTime). */
    private final Map<Group, Long> setAside = new ConcurrentHashMap<>();
    private final AtomicLong waiting = new AtomicLong();
    private final Counter commitmentGroups;
    private final Counter agreementGroups;
    private volatile boolean stopping;
    private Thread worker;

    BackgroundRecomputation(RecomputationMarks marks, GroupRecomputation recomputation, MeterRegistry registry,
            @ConfigProperty(name = "pledgewatch.commitments.recompute-look-every") Duration lookEvery) {
        this.marks = marks;
        this.recomputation = recomputation;
        this.lookEvery = lookEvery;
        this.commitmentGroups = Counter.builder("pledgewatch.recomputations").tag("kind", RecomputationMarks.COMMITMENTS)
                .description("Groups recomputed after their facts changed").register(registry);
        this.agreementGroups = Counter.builder("pledgewatch.recomputations").tag("kind", RecomputationMarks.AGREEMENTS)
                .description("Groups recomputed after their facts changed").register(registry);
        Gauge.builder("pledgewatch.recomputation.marks", waiting, AtomicLong::get)
                .description("Marks of groups waiting for recomputation (counted every 15 s)").register(registry);
    }

    void start(@Observes StartupEvent event) {
        worker = new Thread(this::work, "group-recomputation");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        wake.release();
        // Let a transaction in progress end, rather than cut it off with the connection pool.
        worker.join(Duration.ofSeconds(10).toMillis());
    }

    void marked(@Observes(during = TransactionPhase.AFTER_SUCCESS) GroupsMarked event) {
        wake.release();
    }

    @Scheduled(every = "15s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void countWaiting() {
        try {
            waiting.set(QuarkusTransaction.requiringNew().call(marks::count));
        } catch (RuntimeException e) {
            // The database is away: the recomputation thread says so; the gauge keeps its last value.
            LOG.debugf(e, "could not count the marks waiting");
        }
    }

    private void work() {
        boolean failing = false;
        while (!stopping) {
            try {
                recomputeAll();
                if (failing) {
                    LOG.info("recomputation works again");
                    failing = false;
                }
            } catch (RuntimeException e) {
                // The marks stay and are retried at the next look. Logged once per outage, not at every attempt.
                if (!failing && !stopping) {
                    LOG.warnf(e, "recomputation failed; the groups waiting stay marked and will be retried");
                    failing = true;
                }
            }
            try {
                if (!wake.tryAcquire(lookEvery.toMillis(), TimeUnit.MILLISECONDS)) {
                    sweep();
                }
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * When idle: notes as tracked the articles left with no mark whose last marks another replica cleared while this
     * one still held others of them (each saw the other's marks). Rounds do this for the articles they cover.
     */
    private void sweep() {
        try {
            QuarkusTransaction.requiringNew().call(marks::noteTrackedArticles);
        } catch (RuntimeException e) {
            LOG.debugf(e, "could not note tracked articles");
        }
    }

    /**
     * Recomputes the groups marked, until none is left; returns how many group recomputations that took. A
     * database failure ends the pass (the caller retries); any other failure is retried a group at a time, and a
     * group that fails alone is set aside for a while and logged, so that one group the code cannot recompute does
     * not hold up all the others.
     */
    public int recomputeAll() {
        int recomputed = 0;
        int groupsPerTransaction = GROUPS_PER_TRANSACTION;
        while (!stopping) {
            List<Group> attempted = new ArrayList<>();
            int limit = groupsPerTransaction;
            try {
                Integer done = QuarkusTransaction.requiringNew().call(() -> recomputeOldest(limit, attempted));
                if (attempted.isEmpty()) {
                    return recomputed;
                }
                recomputed += done;
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e) || attempted.isEmpty()) {
                    throw e;
                }
                if (attempted.size() > 1) {
                    groupsPerTransaction = 1;
                } else {
                    setAside.put(attempted.get(0), System.nanoTime() + SET_ASIDE_FOR.toNanos());
                    LOG.errorf(e, "could not recompute %s; its marks stay, retried in %d minutes",
                            attempted.get(0), SET_ASIDE_FOR.toMinutes());
                }
            }
        }
        return recomputed;
    }

    /**
     * One transaction: locks the groups marked longest ago, reads their marks (any written later are left for the
     * next round, as the facts they mark may be read too late for this one), recomputes the groups still marked,
     * clears the marks read and notes as tracked the articles of those marks that have no mark left. {@code
     * attempted}: the groups picked.
     */
    private int recomputeOldest(int limit, List<Group> attempted) {
        long now = System.nanoTime();
        setAside.values().removeIf(until -> until - now < 0);
        marks.oldestGroups(limit + setAside.size()).stream().filter(group -> !setAside.containsKey(group))
                .limit(limit).forEach(attempted::add);
        if (attempted.isEmpty()) {
            return 0;
        }
        recomputation.lock(commitmentGroupsOf(attempted), agreementGroupsOf(attempted));
        // Read after the locks: another replica may have recomputed some of these groups while this one waited.
        List<Mark> read = marks.marksOf(attempted);
        List<Group> stillMarked = read.stream().map(Mark::group).distinct().toList();
        Map<GroupKey, String> traceOfGroup = new HashMap<>();
        for (Mark mark : read) {
            if (mark.traceParent() != null && RecomputationMarks.COMMITMENTS.equals(mark.group().kind())) {
                traceOfGroup.put(commitmentGroup(mark.group()), mark.traceParent());
            }
        }
        Set<GroupKey> commitments = commitmentGroupsOf(stillMarked);
        Set<Parties> agreements = agreementGroupsOf(stillMarked);
        recomputation.recomputeLocked(commitments, agreements, traceOfGroup);
        marks.clear(read);
        marks.noteTrackedArticles(read.stream().map(Mark::articleId).collect(Collectors.toSet()));
        commitmentGroups.increment(commitments.size());
        agreementGroups.increment(agreements.size());
        return stillMarked.size();
    }

    private static Set<GroupKey> commitmentGroupsOf(List<Group> groups) {
        Set<GroupKey> keys = new LinkedHashSet<>();
        groups.stream().filter(g -> RecomputationMarks.COMMITMENTS.equals(g.kind()))
                .forEach(g -> keys.add(commitmentGroup(g)));
        return keys;
    }

    private static Set<Parties> agreementGroupsOf(List<Group> groups) {
        Set<Parties> parties = new LinkedHashSet<>();
        groups.stream().filter(g -> RecomputationMarks.AGREEMENTS.equals(g.kind()))
                .forEach(g -> parties.add(Parties.parse(g.parties())));
        return parties;
    }

    private static GroupKey commitmentGroup(Group group) {
        return new GroupKey(group.metric(), Parties.parse(group.parties()));
    }
}
