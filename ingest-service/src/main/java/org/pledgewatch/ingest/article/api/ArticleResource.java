package org.pledgewatch.ingest.article.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.logging.MDC;

import org.pledgewatch.contracts.article.ArticleSubmission;
import org.pledgewatch.ingest.article.application.ArticleIngestion;
import org.pledgewatch.ingest.article.application.IngestConfig;
import org.pledgewatch.ingest.article.application.IngestMetrics;
import org.pledgewatch.ingest.article.application.SubmissionReader;
import org.pledgewatch.ingest.article.domain.IngestOutcome;
import org.pledgewatch.ingest.article.domain.Validation;
import org.pledgewatch.ingest.article.persistence.ArticleRepository;
import org.pledgewatch.ingest.article.persistence.ArticleRow;
import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;
import org.pledgewatch.web.security.Roles;

@Path("/api/v1/articles")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /** Room for the JSON around the body: the body itself is limited by {@link IngestConfig#maxBodyBytes()}. */
    private static final int ENVELOPE_BYTES = 64 * 1024;

    private final SubmissionReader reader;
    private final ArticleIngestion ingestion;
    private final ArticleRepository articles;
    private final WriteAdmission admission;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final SecurityIdentity identity;

    ArticleResource(SubmissionReader reader, ArticleIngestion ingestion, ArticleRepository articles,
            WriteAdmission admission, IngestConfig config, IngestMetrics metrics, SecurityIdentity identity) {
        this.reader = reader;
        this.ingestion = ingestion;
        this.articles = articles;
        this.admission = admission;
        this.config = config;
        this.metrics = metrics;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({ Roles.NEWSROOM, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one article",
            description = "Validates, deduplicates (by canonical URL and by normalised text) and stores the article, "
                    + "then publishes it on articles.ingested. Sending the same article again returns the stored one.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArticleSubmission.class)))
    @APIResponse(responseCode = "201", description = "Stored as a new article",
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = "A duplicate of an article already stored",
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "Not a valid article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than an article may be",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client; retry after the Retry-After delay",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka or the database is unreachable, nothing was stored; retry after the Retry-After delay",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(byte[] document) {
        admission.checkRate(identity);
        checkSize(document.length, config.maxBodyBytes() + ENVELOPE_BYTES);
        Validation validation = reader.readOne(document);
        if (validation instanceof Validation.Invalid invalid) {
            metrics.count(ArticleIngestion.Channel.REST, "invalid", 1);
            throw new ProblemException(Problem.of(400, "invalid-article", "Invalid article", invalid.summary())
                    .withErrors(WriteAdmission.fieldErrors(invalid.violations())));
        }
        admission.check();
        IngestOutcome outcome = ingestion.ingest(((Validation.Valid) validation).article(), ArticleIngestion.Channel.REST);
        MDC.put("articleId", outcome.articleId().toString());
        IngestResult result = new IngestResult(null, outcome.articleId(),
                outcome.isNew() ? IngestResult.CREATED : IngestResult.DUPLICATE, null);
        if (outcome.isNew()) {
            return Response.created(URI.create("/api/v1/articles/" + outcome.articleId())).entity(result).build();
        }
        return Response.ok(result).build();
    }

    @GET
    @PermitAll
    @Path("{id}")
    @Operation(summary = "One stored article, with its text")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@PathParam("id") UUID id) {
        ArticleRow article = articles.findById(id).orElseThrow(() -> ProblemException.notFound("article " + id));
        return ArticleView.of(article);
    }

    @GET
    @PermitAll
    @Operation(summary = "Stored articles, newest first, without their text")
    public ArticlePage list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.badRequest("invalid-paging", "Invalid paging",
                    "page must be >= 0 and size between 1 and 200");
        }
        List<ArticleView> items = articles.newestFirst(page, size).stream().map(ArticleView::of).toList();
        return new ArticlePage(page, size, articles.count(), items);
    }

    private static void checkSize(int bytes, int limit) {
        if (bytes > limit) {
            throw new ProblemException(Problem.of(413, "too-large", "Article too large",
                    "The request is " + bytes + " bytes; an article may be at most " + limit + " bytes."));
        }
    }
}
