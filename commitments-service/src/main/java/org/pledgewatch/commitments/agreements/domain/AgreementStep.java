package org.pledgewatch.commitments.agreements.domain;

import java.util.List;

import org.pledgewatch.commitments.facts.domain.AgreementFact;
import org.pledgewatch.commitments.facts.domain.PartialDate;

/** One step of an agreement's life (signed, adopted, ratified), with every report of it. */
public record AgreementStep(AgreementFact.Action action, PartialDate date, String place, List<AgreementFact> reports) {
}
