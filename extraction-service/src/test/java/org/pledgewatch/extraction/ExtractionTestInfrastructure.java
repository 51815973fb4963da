package org.pledgewatch.extraction;

import io.quarkus.test.common.QuarkusTestResource;

import org.pledgewatch.localinfra.LocalInfraTestResource;

/** Every {@code @QuarkusTest} of this module runs against the JVM-wide Kafka broker. */
@QuarkusTestResource(LocalInfraTestResource.class)
public class ExtractionTestInfrastructure {
}
