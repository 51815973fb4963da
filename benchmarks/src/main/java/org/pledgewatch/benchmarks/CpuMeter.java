package org.pledgewatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * CPU time used by each part of the system during a run (user + system, from /proc/&lt;pid&gt;/stat): the three
 * services, this benchmark's PostgreSQL (the postmaster and its backends), and this JVM (the Kafka broker and the load generator). Where the CPU
 * goes is where the bottleneck is, on a machine where all of them share two cores.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    private final BenchStack stack;
    private Map<String, Long> start;
    private long startNanos;

    CpuMeter(BenchStack stack) {
        this.stack = stack;
    }

    void start() {
        start = snapshot();
        startNanos = System.nanoTime();
    }

    /**
     * CPU seconds per part since {@link #start()}, then "other processes" (the machine's busy time not spent by any
     * part: someone else's work, which skews the figures) and "elapsed" (wall-clock seconds).
     */
    Map<String, Double> stop() {
        Map<String, Long> end = snapshot();
        Map<String, Double> used = new LinkedHashMap<>();
        end.forEach((part, ticks) -> used.put(part, (ticks - start.getOrDefault(part, 0L)) / TICKS_PER_SECOND));
        double machine = used.remove("machine");
        double ours = used.values().stream().mapToDouble(Double::doubleValue).sum();
        used.put("other processes", Math.max(0, machine - ours));
        used.put("elapsed", (System.nanoTime() - startNanos) / 1e9);
        return used;
    }

    static String describe(Map<String, Double> cpu) {
        StringBuilder text = new StringBuilder();
        cpu.forEach((part, seconds) -> text.append(text.length() == 0 ? "" : ", ").append(part).append(' ')
                .append(String.format("%.1f", seconds)));
        return text.append(" s").toString();
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String service : BenchStack.SERVICES) {
            long pid = stack.pid(service);
            ticks.put(service, pid > 0 ? ticksOf(pid) : 0);
        }
        long postmaster = stack.postgresPid();
        ticks.put("postgresql", sumOf(pid -> pid == postmaster || parentOf(pid) == postmaster));
        ticks.put("kafka+load generator", ticksOf(ProcessHandle.current().pid()));
        ticks.put("machine", machineBusyTicks());
        return ticks;
    }

    private static long sumOf(LongPredicate which) {
        long sum = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.toList()) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    long pid = Long.parseLong(name);
                    if (which.test(pid)) {
                        sum += ticksOf(pid);
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    private static long parentOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime of a process (and its reaped children), in clock ticks. */
    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Busy time of all cores together (everything but idle and iowait), from /proc/stat. */
    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5 && i != 9 && i != 10) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
