package org.pledgewatch.ingest.article.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import org.pledgewatch.ingest.article.application.ArticleIngestion;
import org.pledgewatch.ingest.article.application.IngestConfig;
import org.pledgewatch.ingest.article.application.IngestMetrics;
import org.pledgewatch.ingest.article.application.SubmissionReader;
import org.pledgewatch.ingest.article.domain.IngestOutcome;
import org.pledgewatch.ingest.article.domain.Validation;
import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;
import org.pledgewatch.web.security.Roles;

// A class of its own: the router matches "articles:batch" only as a whole class path, not beside "articles/{id}".
@Path("/api/v1/articles:batch")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleBatchResource {

    private static final String NDJSON = "application/x-ndjson";

    private final SubmissionReader reader;
    private final ArticleIngestion ingestion;
    private final WriteAdmission admission;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final SecurityIdentity identity;

    ArticleBatchResource(SubmissionReader reader, ArticleIngestion ingestion, WriteAdmission admission,
            IngestConfig config, IngestMetrics metrics, SecurityIdentity identity) {
        this.reader = reader;
        this.ingestion = ingestion;
        this.admission = admission;
        this.config = config;
        this.metrics = metrics;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({ Roles.NEWSROOM, Roles.ADMIN })
    @Consumes({ MediaType.APPLICATION_JSON, NDJSON })
    @Operation(summary = "Submit many articles",
            description = "A JSON array of articles, or one JSON article per line (application/x-ndjson). Valid items "
                    + "are stored in one transaction; invalid ones are reported with their reasons and skipped.")
    @APIResponse(responseCode = "200", description = "One result per item, in order",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "The batch itself cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client; retry after the Retry-After delay",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka or the database is unreachable, nothing was stored; retry after the Retry-After delay",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResult submitBatch(byte[] document, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        admission.checkRate(identity);
        List<Validation> items;
        try {
            boolean ndjson = contentType != null && contentType.toLowerCase().startsWith(NDJSON);
            items = reader.readMany(document, ndjson, config.maxBatchItems());
        } catch (SubmissionReader.BatchFormatException e) {
            throw ProblemException.badRequest("invalid-batch", "Invalid batch", e.getMessage());
        }
        admission.check();
        List<IngestOutcome> outcomes = ingestion.ingestAll(items.stream()
                .filter(Validation.Valid.class::isInstance)
                .map(valid -> ((Validation.Valid) valid).article())
                .toList(), ArticleIngestion.Channel.REST);
        BatchResult result = batchResult(items, outcomes);
        metrics.count(ArticleIngestion.Channel.REST, "invalid", result.invalid());
        return result;
    }

    private static BatchResult batchResult(List<Validation> items, List<IngestOutcome> outcomes) {
        List<IngestResult> results = new ArrayList<>(items.size());
        int next = 0;
        int created = 0;
        int duplicates = 0;
        int invalid = 0;
        for (int index = 0; index < items.size(); index++) {
            if (items.get(index) instanceof Validation.Invalid rejected) {
                invalid++;
                results.add(new IngestResult(index, null, IngestResult.INVALID,
                        WriteAdmission.fieldErrors(rejected.violations())));
                continue;
            }
            IngestOutcome outcome = outcomes.get(next++);
            if (outcome.isNew()) {
                created++;
            } else {
                duplicates++;
            }
            results.add(new IngestResult(index, outcome.articleId(),
                    outcome.isNew() ? IngestResult.CREATED : IngestResult.DUPLICATE, null));
        }
        return new BatchResult(created, duplicates, invalid, results);
    }
}
