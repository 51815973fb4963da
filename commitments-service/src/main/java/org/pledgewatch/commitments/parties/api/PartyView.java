package org.pledgewatch.commitments.parties.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.pledgewatch.commitments.agreements.api.AgreementSummary;
import org.pledgewatch.commitments.tracking.api.CommitmentSummary;

@Schema(name = "Party", description = "One country: its commitments and agreements, and how its commitments stand")
public record PartyView(
        @Schema(description = "ISO 3166-1 alpha-2 code") String code,
        @Schema(description = "Number of commitments per status") Map<String, Long> statusSummary,
        List<CommitmentSummary> commitments,
        List<AgreementSummary> agreements) {
}
