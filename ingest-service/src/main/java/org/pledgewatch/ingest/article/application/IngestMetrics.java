package org.pledgewatch.ingest.article.application;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Articles received, by channel (REST, KAFKA) and outcome (created, duplicate, invalid). */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(ArticleIngestion.Channel channel, String outcome, int articles) {
        if (articles > 0) {
            Counter.builder("pledgewatch.articles.ingested").tag("channel", channel.name()).tag("outcome", outcome)
                    .description("Articles received").register(registry).increment(articles);
        }
    }
}
