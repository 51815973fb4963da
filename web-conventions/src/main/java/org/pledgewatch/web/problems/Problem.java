package org.pledgewatch.web.problems;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code type} names the kind of problem (a stable URI clients may switch on),
 * {@code errors} lists each invalid field with the reason.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://pledgewatch.org/problems/";

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + kind), title, status, detail, null, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    @Schema(name = "FieldError", description = "One invalid input field and why it was refused")
    public record FieldError(String field, String reason) {
    }
}
