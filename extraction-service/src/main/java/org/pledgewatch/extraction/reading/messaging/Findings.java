package org.pledgewatch.extraction.reading.messaging;

import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.extraction.AgreementFinding;
import org.pledgewatch.contracts.extraction.Amount;
import org.pledgewatch.contracts.extraction.Evidence;
import org.pledgewatch.contracts.extraction.ObservationFinding;
import org.pledgewatch.contracts.extraction.PledgeFinding;
import org.pledgewatch.extraction.reading.domain.Agreement;
import org.pledgewatch.extraction.reading.domain.Observation;
import org.pledgewatch.extraction.reading.domain.Pledge;
import org.pledgewatch.extraction.reading.domain.Reading;
import org.pledgewatch.extraction.reading.domain.Span;

/**
 * Maps the reader's findings to the published contract. Each finding's id is derived from {@code scope} (the
 * article, its content and the reader version) and its position, so that re-reading yields the same ids.
 */
public record Findings(List<PledgeFinding> pledges, List<ObservationFinding> observations,
        List<AgreementFinding> agreements) {

    public static Findings of(Reading reading, String scope) {
        List<PledgeFinding> pledges = new ArrayList<>();
        for (Pledge p : reading.pledges()) {
            Amount target = p.targetValue() == null ? null : new Amount(p.targetValue(), p.targetUnit());
            pledges.add(new PledgeFinding(id(scope, "pledge", pledges.size()), p.metric(), p.parties(), target,
                    p.targetFactor(), p.deadline(), p.statedBy(), p.statedOn(), p.sector(), evidence(p.evidence()),
                    p.confidence()));
        }
        List<ObservationFinding> observations = new ArrayList<>();
        for (Observation o : reading.observations()) {
            observations.add(new ObservationFinding(id(scope, "observation", observations.size()), o.metric(),
                    o.parties(), o.value(), o.unit(), o.period(), o.kind(), o.qualifier(), o.sector(),
                    evidence(o.evidence()), o.confidence()));
        }
        List<AgreementFinding> agreements = new ArrayList<>();
        for (Agreement a : reading.agreements()) {
            agreements.add(new AgreementFinding(id(scope, "agreement", agreements.size()), a.type(), a.title(),
                    a.parties(), a.action(), a.date(), a.place(), a.signedOn(), evidence(a.evidence()),
                    a.confidence()));
        }
        return new Findings(pledges, observations, agreements);
    }

    private static String id(String scope, String kind, int position) {
        return EventIds.of(scope, kind, Integer.toString(position)).toString();
    }

    private static Evidence evidence(Span span) {
        return span == null ? null : new Evidence(span.quote(), span.start(), span.end());
    }
}
