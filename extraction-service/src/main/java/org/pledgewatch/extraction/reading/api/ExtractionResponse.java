package org.pledgewatch.extraction.reading.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.pledgewatch.contracts.extraction.AgreementFinding;
import org.pledgewatch.contracts.extraction.ObservationFinding;
import org.pledgewatch.contracts.extraction.PledgeFinding;

@Schema(name = "Extraction", description = "What the article states, in the same form as the published events")
public record ExtractionResponse(
        @Schema(description = "Language read or detected; no findings when it is one Pledgewatch does not read")
        String language,
        boolean languageSupported,
        String extractorVersion,
        List<PledgeFinding> pledges,
        List<ObservationFinding> observations,
        List<AgreementFinding> agreements) {
}
