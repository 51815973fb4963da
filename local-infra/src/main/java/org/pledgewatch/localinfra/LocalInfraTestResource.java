package org.pledgewatch.localinfra;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the JVM-wide Kafka and PostgreSQL, and makes it trust the JVM-wide token issuer. They are started on first use and
 * outlive the Quarkus application, so every test class of a module shares them.
 */
public class LocalInfraTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(LocalInfrastructure.shared().quarkusConfig());
        config.putAll(TokenIssuer.shared().quarkusConfig());
        return config;
    }

    @Override
    public void stop() {
        // The servers stop with the JVM: the next test class reuses them.
    }
}
