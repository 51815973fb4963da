package org.pledgewatch.commitments.tracking.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.persistence.FactStore;
import org.pledgewatch.commitments.figures.domain.FigureSeries;
import org.pledgewatch.commitments.figures.domain.SeriesKey;
import org.pledgewatch.commitments.tracking.application.CommitmentRefresh;
import org.pledgewatch.commitments.tracking.domain.Commitment;
import org.pledgewatch.commitments.tracking.domain.Status;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRepository;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRepository.Sort;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRepository.SortField;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRow;
import org.pledgewatch.commitments.tracking.persistence.StatusHistory;
import org.pledgewatch.commitments.web.PageOf;
import org.pledgewatch.commitments.web.Paging;
import org.pledgewatch.jdbc.Slice;
import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;

@Path("/api/v1/commitments")
@Tag(name = "Commitments")
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentResource {

    private static final Map<String, Sort> SORTS = Map.of(
            "firstStatedOn", new Sort(SortField.FIRST_STATED_ON, false),
            "-firstStatedOn", new Sort(SortField.FIRST_STATED_ON, true),
            "deadline", new Sort(SortField.DEADLINE, false),
            "-deadline", new Sort(SortField.DEADLINE, true),
            "progress", new Sort(SortField.PROGRESS, false),
            "-progress", new Sort(SortField.PROGRESS, true),
            "status", new Sort(SortField.STATUS, false),
            "sources", new Sort(SortField.SOURCES, false),
            "-sources", new Sort(SortField.SOURCES, true));

    private final CommitmentRepository commitments;
    private final StatusHistory history;
    private final CommitmentRefresh tracking;
    private final FactStore facts;
    private final Clock clock;

    CommitmentResource(CommitmentRepository commitments, StatusHistory history, CommitmentRefresh tracking,
            FactStore facts, Clock clock) {
        this.commitments = commitments;
        this.history = history;
        this.tracking = tracking;
        this.facts = facts;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Operation(summary = "Tracked commitments, filtered, sorted and paged")
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<CommitmentSummary> list(
            @Parameter(description = "ISO 3166-1 alpha-2 code of one of the parties") @QueryParam("party") String party,
            @Parameter(description = "e.g. trade_turnover") @QueryParam("metric") String metric,
            @Parameter(schema = @Schema(implementation = Status.class)) @QueryParam("status") String status,
            @Parameter(description = "Earliest deadline year") @QueryParam("deadlineFrom") Integer deadlineFrom,
            @Parameter(description = "Latest deadline year") @QueryParam("deadlineTo") Integer deadlineTo,
            @Parameter(description = "Words in the statements, speakers, metric or parties") @QueryParam("q") String text,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "firstStatedOn", "-firstStatedOn",
                    "deadline", "-deadline", "progress", "-progress", "status", "sources", "-sources" }))
            @QueryParam("sort") @DefaultValue("-firstStatedOn") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        if (status != null && !isStatus(status)) {
            throw Paging.invalid("status", "must be one of " + List.of(Status.values()));
        }
        Sort order = SORTS.get(sort);
        if (order == null) {
            throw Paging.invalid("sort", "must be one of " + SORTS.keySet());
        }
        Slice<CommitmentRow> found = commitments.search(new CommitmentRepository.Filter(
                Paging.country(party), metric, status, deadlineFrom, deadlineTo, text), order, page, size);
        return new PageOf<>(page, size, found.total(), found.items().stream().map(CommitmentSummary::of).toList());
    }

    @GET
    @PermitAll
    @Path("{id}")
    @Operation(summary = "One commitment with its target line, baseline, figures and sources, conflicts, "
            + "lineage, the numbers behind its status, and a timeline")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommitmentDetail.class)))
    @APIResponse(responseCode = "404", description = "No such commitment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CommitmentDetail get(@PathParam("id") UUID id) {
        CommitmentRow row = commitments.findById(id)
                .orElseThrow(() -> ProblemException.notFound("commitment " + id));
        GroupKey group = new GroupKey(row.metric, Parties.parse(row.parties));
        Commitment commitment = tracking.track(group, LocalDate.now(clock)).stream()
                .filter(c -> c.id().equals(id.toString())).findFirst()
                .orElseThrow(() -> ProblemException.notFound("commitment " + id));
        FigureSeries series = FigureSeries.of(facts.observations(group)).stream()
                .filter(s -> s.key().equals(new SeriesKey(row.metric, group.parties(), row.unit, row.sector)))
                .findFirst().orElse(null);
        return CommitmentViews.detail(row, commitment, series, history.of(id));
    }

    private static boolean isStatus(String status) {
        for (Status known : Status.values()) {
            if (known.name().equalsIgnoreCase(status)) {
                return true;
            }
        }
        return false;
    }
}
