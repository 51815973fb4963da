package org.pledgewatch.commitments.facts.persistence;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import org.pledgewatch.commitments.facts.domain.AgreementFact;
import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.commitments.facts.domain.Evidence;
import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.ObservationFact;
import org.pledgewatch.commitments.facts.domain.PartialDate;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.domain.Period;
import org.pledgewatch.commitments.facts.domain.PledgeFact;

/** Facts per article, and per group for recomputation. Maps between rows and domain facts. */
@ApplicationScoped
public class FactStore {

    private final EntityManager em;

    FactStore(EntityManager em) {
        this.em = em;
    }

    /** Which of these extraction events were applied (or found stale) before. */
    public Set<UUID> processedAmong(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT event_id FROM processed_event WHERE event_id IN (:ids)", UUID.class)
                .setParameter("ids", eventIds).getResultList();
        Set<UUID> processed = new LinkedHashSet<>();
        rows.forEach(row -> processed.add((UUID) row));
        return processed;
    }

    public void markProcessed(Collection<UUID> eventIds) {
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO processed_event (event_id, processed_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (UUID eventId : eventIds) {
                    insert.setObject(1, eventId);
                    insert.setTimestamp(2, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The extraction currently applied for each of these articles, when there is one. */
    public Map<UUID, ArticleExtractionEntity> currentExtractions(Collection<UUID> articleIds) {
        return articles(articleIds);
    }

    /** The groups these articles' current facts belong to, before they are replaced. */
    public Set<GroupKey> commitmentGroupsOf(Collection<UUID> articleIds) {
        Set<GroupKey> groups = new LinkedHashSet<>();
        if (articleIds.isEmpty()) {
            return groups;
        }
        List<?> rows = em.createNativeQuery("""
                SELECT metric, parties FROM pledge_fact WHERE article_id IN (:ids)
                UNION SELECT metric, parties FROM observation_fact WHERE article_id IN (:ids)""")
                .setParameter("ids", articleIds).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            groups.add(new GroupKey((String) columns[0], Parties.parse((String) columns[1])));
        }
        return groups;
    }

    public Set<Parties> agreementGroupsOf(Collection<UUID> articleIds) {
        Set<Parties> groups = new LinkedHashSet<>();
        if (articleIds.isEmpty()) {
            return groups;
        }
        em.createQuery("SELECT DISTINCT a.parties FROM AgreementFactEntity a WHERE a.articleId IN (:ids)", String.class)
                .setParameter("ids", articleIds).getResultList().forEach(p -> groups.add(Parties.parse(p)));
        return groups;
    }

    /** Removes these articles' facts and stores the new ones, in a few statements for the whole batch. */
    public void replaceAll(List<ArticleFacts> extractions) {
        if (extractions.isEmpty()) {
            return;
        }
        List<UUID> ids = extractions.stream().map(ArticleFacts::articleId).toList();
        for (String entity : List.of("PledgeFactEntity", "ObservationFactEntity", "AgreementFactEntity")) {
            em.createQuery("DELETE FROM " + entity + " f WHERE f.articleId IN (:ids)").setParameter("ids", ids)
                    .executeUpdate();
        }
        Map<UUID, ArticleExtractionEntity> existing = articles(ids);
        for (ArticleFacts facts : extractions) {
            ArticleExtractionEntity extraction = existing.get(facts.articleId());
            boolean isNew = extraction == null;
            if (isNew) {
                extraction = new ArticleExtractionEntity();
                extraction.articleId = facts.articleId();
            }
            extraction.eventId = facts.eventId();
            extraction.extractorVersion = facts.extractorVersion();
            extraction.articleUrl = facts.url();
            extraction.articleTitle = facts.title();
            extraction.articleSource = facts.source();
            extraction.publishedOn = facts.publishedOn();
            extraction.language = facts.language();
            extraction.appliedAt = Instant.now();
            if (isNew) {
                em.persist(extraction);
            }
        }
        em.flush();
        // One kind at a time, so that the JDBC driver batches each kind's inserts.
        extractions.forEach(f -> f.pledges().forEach(p -> em.persist(toEntity(f.articleId(), p))));
        em.flush();
        extractions.forEach(f -> f.observations().forEach(o -> em.persist(toEntity(f.articleId(), o))));
        em.flush();
        extractions.forEach(f -> f.agreements().forEach(a -> em.persist(toEntity(f.articleId(), a))));
        em.flush();
    }

    public List<PledgeFact> pledges(GroupKey group) {
        List<PledgeFactEntity> rows = em.createQuery(
                "FROM PledgeFactEntity WHERE metric = ?1 AND parties = ?2", PledgeFactEntity.class)
                .setParameter(1, group.metric()).setParameter(2, group.parties().key()).getResultList();
        Map<UUID, ArticleExtractionEntity> articles = articles(rows.stream().map(r -> r.articleId).toList());
        return rows.stream().map(r -> toPledge(r, articles.get(r.articleId))).toList();
    }

    public List<ObservationFact> observations(GroupKey group) {
        return observationsWhere("metric = ?1 AND parties = ?2", group.metric(), group.parties().key());
    }

    /** Figures filtered by metric and by one party (either may be null). */
    public List<ObservationFact> observations(String metric, String party) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (metric != null) {
            parameters.add(metric);
            where.append(" AND metric = ?").append(parameters.size());
        }
        if (party != null) {
            parameters.add("%" + party + "%");
            where.append(" AND parties LIKE ?").append(parameters.size());
        }
        return observationsWhere(where.toString(), parameters.toArray()).stream()
                .filter(o -> party == null || o.parties().includes(party)).toList();
    }

    private List<ObservationFact> observationsWhere(String where, Object... parameters) {
        var query = em.createQuery("FROM ObservationFactEntity WHERE " + where, ObservationFactEntity.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<ObservationFactEntity> rows = query.getResultList();
        Map<UUID, ArticleExtractionEntity> articles = articles(rows.stream().map(r -> r.articleId).toList());
        return rows.stream().map(r -> toObservation(r, articles.get(r.articleId))).toList();
    }

    public List<AgreementFact> agreements(Parties parties) {
        List<AgreementFactEntity> rows = em.createQuery("FROM AgreementFactEntity WHERE parties = ?1",
                AgreementFactEntity.class).setParameter(1, parties.key()).getResultList();
        Map<UUID, ArticleExtractionEntity> articles = articles(rows.stream().map(r -> r.articleId).toList());
        return rows.stream().map(r -> toAgreement(r, articles.get(r.articleId))).toList();
    }

    /** Every group that has facts: what a full recomputation walks through. */
    public Set<GroupKey> allCommitmentGroups() {
        Set<GroupKey> groups = new LinkedHashSet<>();
        for (String entity : List.of("PledgeFactEntity", "ObservationFactEntity")) {
            em.createQuery("SELECT DISTINCT f.metric, f.parties FROM " + entity + " f", Object[].class).getResultList()
                    .forEach(row -> groups.add(new GroupKey((String) row[0], Parties.parse((String) row[1]))));
        }
        return groups;
    }

    public Set<Parties> allAgreementGroups() {
        Set<Parties> groups = new LinkedHashSet<>();
        em.createQuery("SELECT DISTINCT a.parties FROM AgreementFactEntity a", String.class).getResultList()
                .forEach(p -> groups.add(Parties.parse(p)));
        return groups;
    }

    private Map<UUID, ArticleExtractionEntity> articles(Collection<UUID> ids) {
        Map<UUID, ArticleExtractionEntity> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        em.createQuery("FROM ArticleExtractionEntity WHERE articleId IN ?1", ArticleExtractionEntity.class)
                .setParameter(1, new LinkedHashSet<>(ids)).getResultList()
                .forEach(a -> byId.put(a.articleId, a));
        return byId;
    }

    private static Evidence evidence(ArticleExtractionEntity article, UUID articleId, String quote, Integer start,
            Integer end) {
        return new Evidence(articleId.toString(), article == null ? null : article.articleUrl,
                article == null ? null : article.articleTitle, quote, start == null ? 0 : start, end == null ? 0 : end);
    }

    private static PledgeFact toPledge(PledgeFactEntity r, ArticleExtractionEntity article) {
        return new PledgeFact(r.id, r.metric, Parties.parse(r.parties), r.targetValue, r.targetUnit, r.targetFactor,
                r.deadlineYear, r.statedBy, r.statedOn, r.publishedOn, r.sector, r.confidence,
                evidence(article, r.articleId, r.quote, r.quoteStart, r.quoteEnd));
    }

    private static ObservationFact toObservation(ObservationFactEntity r, ArticleExtractionEntity article) {
        return new ObservationFact(r.id, r.metric, Parties.parse(r.parties), r.value, r.unit, Period.parse(r.period),
                ObservationFact.Kind.valueOf(r.kind), r.qualifier, r.sector, r.publishedOn, r.confidence,
                evidence(article, r.articleId, r.quote, r.quoteStart, r.quoteEnd));
    }

    private static AgreementFact toAgreement(AgreementFactEntity r, ArticleExtractionEntity article) {
        return new AgreementFact(r.id, r.type, r.title, Parties.parse(r.parties), AgreementFact.Action.valueOf(r.action),
                PartialDate.parse(r.date), r.place, PartialDate.parse(r.signedOn), r.publishedOn, r.confidence,
                evidence(article, r.articleId, r.quote, r.quoteStart, r.quoteEnd));
    }

    private static PledgeFactEntity toEntity(UUID articleId, PledgeFact p) {
        PledgeFactEntity e = new PledgeFactEntity();
        e.id = p.id();
        e.articleId = articleId;
        e.metric = p.metric();
        e.parties = p.parties().key();
        e.targetValue = p.target();
        e.targetUnit = p.unit();
        e.targetFactor = p.targetFactor();
        e.deadline = p.deadlineYear() == null ? null : p.deadlineYear().toString();
        e.deadlineYear = p.deadlineYear();
        e.statedBy = p.statedBy();
        e.statedOn = p.statedOn();
        e.publishedOn = p.publishedOn();
        e.sector = p.sector();
        e.confidence = p.confidence();
        copyEvidence(p.evidence(), q -> e.quote = q, s -> e.quoteStart = s, en -> e.quoteEnd = en);
        return e;
    }

    private static ObservationFactEntity toEntity(UUID articleId, ObservationFact o) {
        ObservationFactEntity e = new ObservationFactEntity();
        e.id = o.id();
        e.articleId = articleId;
        e.metric = o.metric();
        e.parties = o.parties().key();
        e.value = o.value();
        e.unit = o.unit();
        e.period = o.period().text();
        e.kind = o.kind().name();
        e.qualifier = o.qualifier();
        e.sector = o.sector();
        e.publishedOn = o.publishedOn();
        e.confidence = o.confidence();
        copyEvidence(o.evidence(), q -> e.quote = q, s -> e.quoteStart = s, en -> e.quoteEnd = en);
        return e;
    }

    private static AgreementFactEntity toEntity(UUID articleId, AgreementFact a) {
        AgreementFactEntity e = new AgreementFactEntity();
        e.id = a.id();
        e.articleId = articleId;
        e.type = a.type();
        e.title = a.title();
        e.parties = a.parties().key();
        e.action = a.action().name();
        e.date = a.date() == null ? null : a.date().text();
        e.place = a.place();
        e.signedOn = a.signedOn() == null ? null : a.signedOn().text();
        e.publishedOn = a.publishedOn();
        e.confidence = a.confidence();
        copyEvidence(a.evidence(), q -> e.quote = q, s -> e.quoteStart = s, en -> e.quoteEnd = en);
        return e;
    }

    private static void copyEvidence(Evidence evidence, Consumer<String> quote, IntConsumer start, IntConsumer end) {
        if (evidence != null) {
            quote.accept(evidence.quote());
            start.accept(evidence.start());
            end.accept(evidence.end());
        }
    }
}
