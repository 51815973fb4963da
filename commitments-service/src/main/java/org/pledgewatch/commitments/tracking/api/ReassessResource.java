package org.pledgewatch.commitments.tracking.api;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.pledgewatch.commitments.facts.application.ExtractionApplier;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRepository;
import org.pledgewatch.web.security.Roles;

@Path("/api/v1/admin/reassess")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
public class ReassessResource {

    private final ExtractionApplier applier;
    private final CommitmentRepository commitments;

    ReassessResource(ExtractionApplier applier, CommitmentRepository commitments) {
        this.applier = applier;
        this.commitments = commitments;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute every commitment and agreement from the stored facts now",
            description = "Runs nightly anyway; useful after changing the tracking rules. Returns commitments per status.")
    public Map<String, Long> reassess() {
        applier.refreshAll();
        return commitments.countByStatus();
    }
}
