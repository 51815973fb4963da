package org.pledgewatch.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.pledgewatch.localinfra.PledgewatchStack;
import org.pledgewatch.localinfra.TopicClient;

/** The whole system, started once per test JVM on free ports, shared by every system test class. */
final class RunningSystem {

    private static PledgewatchStack stack;

    private RunningSystem() {
    }

    static synchronized PledgewatchStack stack() {
        if (stack == null) {
            Path root = Path.of(System.getProperty("pledgewatch.root", "..")).toAbsolutePath().normalize();
            try {
                Path work = Files.createTempDirectory("pledgewatch-system-");
                stack = PledgewatchStack.start(root, work, PledgewatchStack.Ports.free(), Map.of(),
                        List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-under-test-stop"));
        }
        return stack;
    }

    static TopicClient topics() {
        return new TopicClient(stack().infrastructure().kafka().bootstrapServers());
    }
}
