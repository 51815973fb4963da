package org.pledgewatch.outbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Whether the Kafka cluster answers, probed in the background so that writers can refuse work quickly and
 * honestly (HTTP 503) while it does not, instead of accepting articles they cannot forward.
 */
@ApplicationScoped
public class KafkaAvailability {

    private static final Logger LOG = Logger.getLogger(KafkaAvailability.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig config;

    private volatile boolean available = true;
    private volatile Instant since = Instant.now();
    private volatile String lastError;
    private ScheduledExecutorService probes;
    private Admin admin;

    void start(@Observes StartupEvent event) {
        probes = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kafka-availability-probe");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.brokerProbeInterval().toMillis();
        probes.scheduleWithFixedDelay(this::probe, 0, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (probes != null) {
            probes.shutdownNow();
        }
        if (admin != null) {
            admin.close();
        }
    }

    public boolean isAvailable() {
        return available;
    }

    public Instant since() {
        return since;
    }

    public String lastError() {
        return lastError;
    }

    /** Called by the relay when Kafka refused or timed out a batch: no need to wait for the next probe. */
    void reportFailure(Throwable failure) {
        update(false, String.valueOf(failure));
    }

    void reportSuccess() {
        update(true, null);
    }

    private void probe() {
        try {
            long timeout = Math.max(1000, config.brokerProbeInterval().toMillis());
            admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout))
                    .clusterId().get(timeout + 500, TimeUnit.MILLISECONDS);
            update(true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            update(false, e.getCause() != null ? e.getCause().toString() : e.toString());
        }
    }

    private void update(boolean nowAvailable, String error) {
        if (nowAvailable != available) {
            since = Instant.now();
            if (nowAvailable) {
                LOG.info("Kafka is reachable again");
            } else {
                LOG.warnf("Kafka is unreachable: %s", error);
            }
        }
        available = nowAvailable;
        lastError = error;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> adminConfig = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    adminConfig.put(key, value);
                }
            });
            adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, config.source() + "-availability-probe");
            adminConfig.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
            admin = Admin.create(adminConfig);
        }
        return admin;
    }
}
