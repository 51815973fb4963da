package org.pledgewatch.commitments.agreements.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.pledgewatch.commitments.agreements.application.AgreementRefresh;
import org.pledgewatch.commitments.agreements.persistence.AgreementRepository;
import org.pledgewatch.commitments.agreements.persistence.AgreementRow;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.web.PageOf;
import org.pledgewatch.commitments.web.Paging;
import org.pledgewatch.jdbc.Slice;
import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;

@Path("/api/v1/agreements")
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private final AgreementRepository agreements;
    private final AgreementRefresh linking;

    AgreementResource(AgreementRepository agreements, AgreementRefresh linking) {
        this.agreements = agreements;
        this.linking = linking;
    }

    @GET
    @PermitAll
    @Operation(summary = "Agreements, newest first",
            description = "The same agreement reported by several articles is one entry; a ratification is a step "
                    + "of the agreement it ratifies.")
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<AgreementSummary> list(
            @Parameter(description = "ISO 3166-1 alpha-2 code of one of the parties") @QueryParam("party") String party,
            @Parameter(description = "agreement, declaration, memorandum, protocol, roadmap, plan, decision, contract")
            @QueryParam("type") String type,
            @Parameter(description = "SIGNED, ADOPTED or RATIFIED") @QueryParam("stage") String stage,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        Slice<AgreementRow> found = agreements.search(Paging.country(party), type, stage, page, size);
        return new PageOf<>(page, size, found.total(), found.items().stream().map(AgreementSummary::of).toList());
    }

    @GET
    @PermitAll
    @Path("{id}")
    @Operation(summary = "One agreement with the date, place and sources of each step")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgreementDetail.class)))
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementDetail get(@PathParam("id") UUID id) {
        AgreementRow row = agreements.findById(id)
                .orElseThrow(() -> ProblemException.notFound("agreement " + id));
        return linking.link(Parties.parse(row.parties)).stream()
                .filter(a -> a.id().equals(id.toString())).findFirst()
                .map(a -> AgreementDetail.of(AgreementSummary.of(row), a))
                .orElseThrow(() -> ProblemException.notFound("agreement " + id));
    }
}
