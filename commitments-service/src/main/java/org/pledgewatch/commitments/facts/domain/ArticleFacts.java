package org.pledgewatch.commitments.facts.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything one extraction of one article reported: these replace whatever an earlier extraction said.
 * {@code traceParent} is the trace the extraction arrived with, continued by the events its facts cause.
 */
public record ArticleFacts(
        UUID articleId,
        UUID eventId,
        String extractorVersion,
        String url,
        String title,
        String source,
        LocalDate publishedOn,
        String language,
        List<PledgeFact> pledges,
        List<ObservationFact> observations,
        List<AgreementFact> agreements,
        String traceParent) {

    public Set<GroupKey> commitmentGroups() {
        Set<GroupKey> groups = new LinkedHashSet<>();
        pledges.forEach(p -> groups.add(new GroupKey(p.metric(), p.parties())));
        observations.forEach(o -> groups.add(new GroupKey(o.metric(), o.parties())));
        return groups;
    }

    public Set<Parties> agreementGroups() {
        Set<Parties> groups = new LinkedHashSet<>();
        agreements.forEach(a -> groups.add(a.parties()));
        return groups;
    }

    /**
     * Which of two extractions of one article holds: the newer extractor version, then the greater event id. A
     * total order, so the outcome does not depend on which arrived first.
     */
    public static boolean takesPrecedence(String version, UUID eventId, String otherVersion, UUID otherEventId) {
        int byVersion = ExtractorVersions.compare(version, otherVersion);
        return byVersion != 0 ? byVersion > 0 : eventId.compareTo(otherEventId) > 0;
    }
}
