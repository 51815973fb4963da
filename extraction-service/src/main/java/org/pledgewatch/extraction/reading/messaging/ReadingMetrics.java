package org.pledgewatch.extraction.reading.messaging;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.pledgewatch.extraction.reading.domain.Reading;

/** How long reading an article takes, and how many findings of each kind it yields. */
@ApplicationScoped
public class ReadingMetrics {

    private final Timer reading;
    private final Counter pledges;
    private final Counter observations;
    private final Counter agreements;

    ReadingMetrics(MeterRegistry registry) {
        this.reading = Timer.builder("pledgewatch.extraction").description("Time to read one article")
                .publishPercentileHistogram().register(registry);
        this.pledges = findings(registry, "pledge");
        this.observations = findings(registry, "observation");
        this.agreements = findings(registry, "agreement");
    }

    public Reading timed(Supplier<Reading> read) {
        Reading result = reading.record(read);
        pledges.increment(result.pledges().size());
        observations.increment(result.observations().size());
        agreements.increment(result.agreements().size());
        return result;
    }

    private static Counter findings(MeterRegistry registry, String kind) {
        return Counter.builder("pledgewatch.findings").tag("kind", kind).description("Findings read in articles")
                .register(registry);
    }
}
