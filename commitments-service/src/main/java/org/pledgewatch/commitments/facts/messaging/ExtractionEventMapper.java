package org.pledgewatch.commitments.facts.messaging;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pledgewatch.commitments.facts.domain.AgreementFact;
import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.commitments.facts.domain.Evidence;
import org.pledgewatch.commitments.facts.domain.ObservationFact;
import org.pledgewatch.commitments.facts.domain.PartialDate;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.domain.Period;
import org.pledgewatch.commitments.facts.domain.PledgeFact;
import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.extraction.AgreementFinding;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.contracts.extraction.ObservationFinding;
import org.pledgewatch.contracts.extraction.PledgeFinding;

/**
 * Maps an extraction event to the facts tracking works on. Findings that cannot be tracked (no parties, no
 * metric, no value) are left out; an event without an article id or a time cannot be applied at all.
 */
final class ExtractionEventMapper {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private ExtractionEventMapper() {
    }

    static ArticleFacts toFacts(ArticleExtractedV1 event, String traceParent) {
        if (event.articleId() == null || event.id() == null) {
            throw new UnusableEvent("an article.extracted event needs id and articleId");
        }
        if (event.publishedAt() == null && event.time() == null) {
            throw new UnusableEvent("an article.extracted event needs publishedAt or time");
        }
        LocalDate publishedOn = (event.publishedAt() != null ? event.publishedAt() : event.time())
                .atZone(ZoneOffset.UTC).toLocalDate();
        String article = event.articleId().toString();
        List<PledgeFact> pledges = new ArrayList<>();
        for (PledgeFinding p : event.pledges()) {
            boolean hasTarget = p.target() != null && p.target().value() != null || p.targetFactor() != null;
            if (p.metric() == null || p.parties() == null || p.parties().isEmpty() || !hasTarget) {
                continue;
            }
            LocalDate statedOn = earliest(p.statedOn(), publishedOn);
            pledges.add(new PledgeFact(id(p.id(), article, "pledge", pledges.size()), p.metric(),
                    Parties.of(p.parties()), p.target() == null ? null : p.target().value(),
                    p.target() == null ? null : p.target().unit(), p.targetFactor(), year(p.deadline()),
                    p.statedBy(), statedOn.isAfter(publishedOn) ? publishedOn : statedOn, publishedOn, p.sector(),
                    p.confidence(), evidence(event, p.evidence())));
        }
        List<ObservationFact> observations = new ArrayList<>();
        for (ObservationFinding o : event.observations()) {
            if (o.metric() == null || o.parties() == null || o.parties().isEmpty() || o.value() == null) {
                continue;
            }
            observations.add(new ObservationFact(id(o.id(), article, "observation", observations.size()), o.metric(),
                    Parties.of(o.parties()), o.value(), o.unit(), Period.parse(o.period()),
                    ObservationFact.Kind.parse(o.kind()), o.qualifier(), o.sector(), publishedOn, o.confidence(),
                    evidence(event, o.evidence())));
        }
        List<AgreementFact> agreements = new ArrayList<>();
        for (AgreementFinding a : event.agreements()) {
            if (a.type() == null || a.parties() == null || a.parties().isEmpty()) {
                continue;
            }
            agreements.add(new AgreementFact(id(a.id(), article, "agreement", agreements.size()), a.type(), a.title(),
                    Parties.of(a.parties()), AgreementFact.Action.parse(a.action()), PartialDate.parse(a.date()),
                    a.place(), PartialDate.parse(a.signedOn()), publishedOn, a.confidence(),
                    evidence(event, a.evidence())));
        }
        return new ArticleFacts(event.articleId(), event.id(), String.valueOf(event.extractorVersion()),
                event.articleUrl(), event.articleTitle(), event.articleSource(), publishedOn, event.language(),
                pledges, observations, agreements, traceParent);
    }

    private static String id(String findingId, String article, String kind, int position) {
        return findingId != null ? findingId : EventIds.of(article, kind, Integer.toString(position)).toString();
    }

    private static LocalDate earliest(String date, LocalDate fallback) {
        PartialDate parsed = PartialDate.parse(date);
        return parsed == null ? fallback : parsed.earliest();
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = YEAR.matcher(text);
        Integer last = null;
        while (matcher.find()) {
            last = Integer.valueOf(matcher.group(1));
        }
        return last;
    }

    private static Evidence evidence(ArticleExtractedV1 event,
            org.pledgewatch.contracts.extraction.Evidence evidence) {
        return new Evidence(event.articleId().toString(), event.articleUrl(), event.articleTitle(),
                evidence == null ? null : evidence.quote(), evidence == null ? 0 : evidence.start(),
                evidence == null ? 0 : evidence.end());
    }

    /** An event that can never be applied; its message becomes the dead-letter reason. */
    static final class UnusableEvent extends RuntimeException {
        UnusableEvent(String reason) {
            super(reason, null, false, false);
        }
    }
}
