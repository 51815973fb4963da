package org.pledgewatch.commitments.agreements.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.pledgewatch.commitments.agreements.persistence.AgreementRow;
import org.pledgewatch.commitments.facts.domain.Parties;

@Schema(name = "AgreementSummary")
public record AgreementSummary(
        UUID id,
        @Schema(enumeration = { "agreement", "declaration", "memorandum", "protocol", "roadmap", "plan", "decision",
                "contract" }) String type,
        String title,
        List<String> parties,
        String place,
        @Schema(enumeration = { "SIGNED", "ADOPTED", "RATIFIED" }, description = "The furthest step reported") String stage,
        @Schema(description = "Signing or adoption date, as precise as reported") String signedOn,
        String ratifiedOn,
        int sourceCount) {

    public static AgreementSummary of(AgreementRow e) {
        return new AgreementSummary(e.id, e.type, e.title, Parties.parse(e.parties).codes(), e.place, e.stage,
                e.signedOn, e.ratifiedOn, e.sourceCount);
    }
}
