package org.pledgewatch.ingest.article.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.article.ArticleIngestedV1;
import org.pledgewatch.ingest.article.domain.IngestOutcome;
import org.pledgewatch.ingest.article.domain.ValidArticle;
import org.pledgewatch.ingest.article.messaging.ArticleEvents;
import org.pledgewatch.ingest.article.persistence.ArticleRepository;
import org.pledgewatch.outbox.Outbox;

/**
 * Stores new articles and records their announcement in the same transaction: an article is published
 * exactly when it is stored, and a duplicate is neither stored nor published again.
 */
@ApplicationScoped
public class ArticleIngestion {

    public enum Channel {
        REST, KAFKA
    }

    private final ArticleRepository articles;
    private final Outbox outbox;
    private final IngestMetrics metrics;
    private final TransactionSynchronizationRegistry transactions;

    ArticleIngestion(ArticleRepository articles, Outbox outbox, IngestMetrics metrics,
            TransactionSynchronizationRegistry transactions) {
        this.articles = articles;
        this.outbox = outbox;
        this.metrics = metrics;
        this.transactions = transactions;
    }

    @Transactional
    public IngestOutcome ingest(ValidArticle article, Channel channel) {
        return ingestAll(List.of(article), channel).get(0);
    }

    /** All or nothing: one transaction for the whole batch. Events continue the current trace. */
    @Transactional
    public List<IngestOutcome> ingestAll(List<ValidArticle> batch, Channel channel) {
        return ingestAll(batch, channel, Collections.nCopies(batch.size(), outbox.currentTraceParent()));
    }

    /** All or nothing; each article's event continues the trace it arrived with ({@code traceParents}, in order). */
    @Transactional
    public List<IngestOutcome> ingestAll(List<ValidArticle> batch, Channel channel, List<String> traceParents) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<UUID> ids = new ArrayList<>(batch.size());
        batch.forEach(article -> ids.add(UUID.randomUUID()));
        // One statement for the batch; each article that conflicted is then looked up (duplicates are the few).
        Set<UUID> inserted = articles.insertAllIfNew(ids, batch, channel.name(), now);
        List<IngestOutcome> outcomes = new ArrayList<>(batch.size());
        List<ArticleIngestedV1> events = new ArrayList<>(batch.size());
        List<String> eventTraces = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            IngestOutcome outcome = inserted.contains(ids.get(i))
                    ? new IngestOutcome(ids.get(i), IngestOutcome.Status.CREATED)
                    : duplicate(batch.get(i));
            if (outcome.isNew()) {
                events.add(ArticleEvents.ingested(outcome.articleId(), batch.get(i), now));
                eventTraces.add(traceParents.get(i));
            }
            outcomes.add(outcome);
        }
        // All the batch's announcements in one statement batch, in article order.
        outbox.enqueueEach(Topics.ARTICLES_INGESTED, events, eventTraces);
        count(channel, outcomes);
        return outcomes;
    }

    /** Counted when the transaction ends, so a rolled-back batch is counted as nothing. */
    private void count(Channel channel, List<IngestOutcome> outcomes) {
        long created = outcomes.stream().filter(IngestOutcome::isNew).count();
        transactions.registerInterposedSynchronization(new AfterCommit(() -> {
            metrics.count(channel, "created", (int) created);
            metrics.count(channel, "duplicate", outcomes.size() - (int) created);
        }));
    }

    private IngestOutcome duplicate(ValidArticle article) {
        UUID existing = articles.findDuplicateOf(article)
                .orElseThrow(() -> new IllegalStateException("insert conflicted but no article matches"));
        return new IngestOutcome(existing, IngestOutcome.Status.DUPLICATE);
    }

    private record AfterCommit(Runnable action) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                action.run();
            }
        }
    }
}
