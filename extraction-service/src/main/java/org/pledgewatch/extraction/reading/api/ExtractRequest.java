package org.pledgewatch.extraction.reading.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtractRequest", description = "An article to read. Only body is required.")
public record ExtractRequest(
        @Schema(required = true, description = "The article text; evidence offsets are indices into it") String body,
        String title,
        @Schema(description = "ISO 639-1 code; detected when absent", example = "fr") String language,
        @Schema(description = "ISO date or date-time; relative dates in the text resolve against it",
                example = "2025-08-25") String publishedAt,
        String url) {
}
