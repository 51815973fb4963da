package org.pledgewatch.ingest.replay.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.pledgewatch.ingest.replay.application.ArticleReplay;
import org.pledgewatch.ingest.replay.application.ReplayStatus;
import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;
import org.pledgewatch.web.security.Roles;

@Path("/api/v1/admin")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReplayResource {

    private final ArticleReplay replay;

    ReplayResource(ArticleReplay replay) {
        this.replay = replay;
    }

    @POST
    @Path("replay")
    @Operation(summary = "Publish stored articles again, so that extraction and tracking rebuild from them",
            description = "Runs in the background; events keep their ids, so a consumer that already applied one "
                    + "skips it. To rebuild commitments from scratch, empty commitments' schema first (README).")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ReplayStatus.class)))
    @APIResponse(responseCode = "400", description = "since is not an ISO-8601 instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@Parameter(description = "e.g. 2025-01-01T00:00:00Z; all articles when absent")
            @QueryParam("since") String since) {
        return Response.accepted(replay.start(parseSince(since))).build();
    }

    @GET
    @Path("replay")
    @Operation(summary = "Progress of the latest replay")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplayStatus.class)))
    @APIResponse(responseCode = "404", description = "No replay since the service started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplayStatus status() {
        ReplayStatus status = replay.status();
        if (status == null) {
            throw ProblemException.notFound("a replay");
        }
        return status;
    }

    @POST
    @Path("articles/{id}/reextract")
    @Operation(summary = "Publish one article again, so that it is read again with the current extractor")
    @APIResponse(responseCode = "202", description = "Queued for publication")
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reextract(@PathParam("id") UUID id) {
        if (!replay.replayOne(id)) {
            throw ProblemException.notFound("article " + id);
        }
        return Response.accepted().build();
    }

    private static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.of(400, "invalid-parameter", "Invalid parameter",
                    "since must be an ISO-8601 instant such as 2025-01-01T00:00:00Z")
                    .withErrors(List.of(new Problem.FieldError("since", "is not an ISO-8601 instant"))));
        }
    }
}
