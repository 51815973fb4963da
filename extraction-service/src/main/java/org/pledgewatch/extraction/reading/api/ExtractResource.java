package org.pledgewatch.extraction.reading.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.pledgewatch.extraction.reading.domain.ArticleText;
import org.pledgewatch.extraction.reading.domain.NewsReader;
import org.pledgewatch.extraction.reading.domain.Reading;
import org.pledgewatch.extraction.reading.messaging.Findings;
import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;

@Path("/api/v1/extract")
@Tag(name = "Extraction")
public class ExtractResource {

    /** Same order of size as ingest's article limit: nothing larger ever reaches the reader from Kafka. */
    static final int MAX_BODY_CHARS = 512 * 1024;

    private final NewsReader reader;

    ExtractResource(NewsReader reader) {
        this.reader = reader;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read an article without storing anything",
            description = "Returns the pledges, figures and agreements the article states, each with its evidence "
                    + "(quote and character offsets into body), exactly as extraction-service publishes them.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExtractionResponse.class)))
    @APIResponse(responseCode = "400", description = "No text, or a date that is not ISO-8601",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Longer than an article may be",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractionResponse extract(ExtractRequest request) {
        if (request == null || request.body() == null) {
            throw invalid("body", "is required");
        }
        if (request.body().isBlank()) {
            throw invalid("body", "must contain text");
        }
        if (request.body().length() > MAX_BODY_CHARS) {
            throw new ProblemException(Problem.of(413, "too-large", "Article too large",
                    "body is " + request.body().length() + " characters; the limit is " + MAX_BODY_CHARS));
        }
        LocalDate publishedOn = publishedOn(request.publishedAt());
        Reading reading = reader.read(new ArticleText(request.body(), request.title(), request.language(), publishedOn));
        Findings findings = Findings.of(reading, "preview|" + sha256(request.body()) + "|" + reader.version());
        return new ExtractionResponse(reading.language(), reading.languageSupported(), reader.version(),
                findings.pledges(), findings.observations(), findings.agreements());
    }

    private static LocalDate publishedOn(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String text = publishedAt.trim();
        try {
            return text.length() == 10 ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw invalid("publishedAt", "must be an ISO-8601 date (2025-08-25) or date-time with offset");
        }
    }

    private static ProblemException invalid(String field, String reason) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid extraction request",
                field + " " + reason).withErrors(List.of(new Problem.FieldError(field, reason))));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
