package org.pledgewatch.commitments.parties.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.pledgewatch.commitments.agreements.api.AgreementSummary;
import org.pledgewatch.commitments.agreements.persistence.AgreementRepository;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.tracking.api.CommitmentSummary;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRepository;
import org.pledgewatch.commitments.web.Paging;
import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;

@Path("/api/v1/parties")
@Tag(name = "Parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {

    private final CommitmentRepository commitments;
    private final AgreementRepository agreements;

    PartyResource(CommitmentRepository commitments, AgreementRepository agreements) {
        this.commitments = commitments;
        this.agreements = agreements;
    }

    @GET
    @PermitAll
    @Operation(summary = "Every country that is party to a commitment or an agreement")
    public List<PartyIndexEntry> index() {
        Map<String, long[]> counts = new TreeMap<>();
        commitments.allParties().forEach(parties -> Parties.parse(parties).codes()
                .forEach(code -> counts.computeIfAbsent(code, k -> new long[2])[0]++));
        agreements.allParties().forEach(parties -> Parties.parse(parties).codes()
                .forEach(code -> counts.computeIfAbsent(code, k -> new long[2])[1]++));
        return counts.entrySet().stream()
                .map(e -> new PartyIndexEntry(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    @GET
    @PermitAll
    @Path("{code}")
    @Operation(summary = "One country's commitments and agreements, with a summary of statuses")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartyView.class)))
    @APIResponse(responseCode = "404", description = "No commitment or agreement involves this country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartyView get(@PathParam("code") String code) {
        String party = Paging.country(code);
        List<CommitmentSummary> theirCommitments = commitments.involving(party).stream()
                .map(CommitmentSummary::of).toList();
        List<AgreementSummary> theirAgreements = agreements.involving(party).stream()
                .map(AgreementSummary::of).toList();
        if (theirCommitments.isEmpty() && theirAgreements.isEmpty()) {
            throw ProblemException.notFound("party " + party);
        }
        Map<String, Long> summary = theirCommitments.stream().collect(
                Collectors.groupingBy(CommitmentSummary::status, TreeMap::new, Collectors.counting()));
        return new PartyView(party, summary, theirCommitments, theirAgreements);
    }
}
