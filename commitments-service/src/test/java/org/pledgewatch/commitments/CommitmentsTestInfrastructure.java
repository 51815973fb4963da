package org.pledgewatch.commitments;

import io.quarkus.test.common.QuarkusTestResource;

import org.pledgewatch.localinfra.LocalInfraTestResource;

/** Every {@code @QuarkusTest} of this module runs against the JVM-wide Kafka and PostgreSQL. */
@QuarkusTestResource(LocalInfraTestResource.class)
public class CommitmentsTestInfrastructure {
}
