package org.pledgewatch.ingest.article.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pledgewatch.web.problems.Problem;

/** What became of one submitted article. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IngestResult")
public record IngestResult(
        @Schema(description = "Position in the batch, from 0; absent for a single submission") Integer index,
        @Schema(description = "The stored article: the new one, or the one this duplicates") UUID id,
        @Schema(enumeration = { "created", "duplicate", "invalid" }) String status,
        @Schema(description = "Why an invalid item was refused") List<Problem.FieldError> errors) {

    public static final String CREATED = "created";
    public static final String DUPLICATE = "duplicate";
    public static final String INVALID = "invalid";
}
