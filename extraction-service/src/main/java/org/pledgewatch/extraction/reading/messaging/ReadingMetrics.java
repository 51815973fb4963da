package org.pledgewatch.extraction.reading.messaging;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.pledgewatch.extraction.reading.domain.Reading;

/** How long reading an article takes, how many findings of each kind it yields, and how many events await Kafka. */
@ApplicationScoped
public class ReadingMetrics {

    private final Timer reading;
    private final Counter pledges;
    private final Counter observations;
    private final Counter agreements;
    private final DistributionSummary inFlight;

    ReadingMetrics(MeterRegistry registry) {
        this.reading = Timer.builder("pledgewatch.extraction").description("Time to read one article")
                .publishPercentileHistogram().register(registry);
        this.pledges = findings(registry, "pledge");
        this.observations = findings(registry, "observation");
        this.agreements = findings(registry, "agreement");
        this.inFlight = DistributionSummary.builder("pledgewatch.extraction.events.in.flight")
                .description("Extraction events awaiting Kafka's acknowledgement, counted as each is sent")
                .register(registry);
    }

    /** An event is handed to Kafka, {@code inFlight} of them (this one included) now awaiting acknowledgement. */
    public void sending(int inFlight) {
        this.inFlight.record(inFlight);
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
