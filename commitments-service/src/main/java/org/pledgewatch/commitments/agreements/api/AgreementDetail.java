package org.pledgewatch.commitments.agreements.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.pledgewatch.commitments.agreements.domain.AgreementStep;
import org.pledgewatch.commitments.agreements.domain.TrackedAgreement;
import org.pledgewatch.commitments.figures.api.SourceView;

@Schema(name = "AgreementDetail", description = "An agreement's life, step by step, with every source")
public record AgreementDetail(AgreementSummary agreement, List<Step> steps) {

    @Schema(name = "AgreementStep")
    public record Step(@Schema(enumeration = { "SIGNED", "ADOPTED", "RATIFIED" }) String action,
            @Schema(description = "As precise as reported: 2025-08-21, 2025-08 or 2025") String date, String place,
            List<SourceView> sources) {
    }

    static AgreementDetail of(AgreementSummary summary, TrackedAgreement agreement) {
        return new AgreementDetail(summary, agreement.steps().stream().map(AgreementDetail::step).toList());
    }

    private static Step step(AgreementStep step) {
        return new Step(step.action().name(), step.date().text(), step.place(), step.reports().stream()
                .map(r -> SourceView.of(r.evidence(), r.publishedOn(), r.confidence())).toList());
    }
}
