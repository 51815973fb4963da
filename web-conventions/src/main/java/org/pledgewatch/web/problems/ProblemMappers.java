package org.pledgewatch.web.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.pledgewatch.messaging.TransientFailures;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception that reaches the HTTP layer into problem+json. Unexpected failures are logged here
 * and answered with a generic 500 that reveals nothing of the internals; a database that is unavailable for a
 * while (connection lost, server restarting, pool exhausted) is a 503 with Retry-After, as for Kafka.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException exception, UriInfo uri) {
        Response.ResponseBuilder response = respond(exception.problem().withInstance(uri.getPath()));
        if (exception.retryAfterSeconds() != null) {
            response.header("Retry-After", exception.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = 5)
    public Response unauthorized(UnauthorizedException exception, UriInfo uri) {
        return respond(Problem.of(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required.").withInstance(uri.getPath()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper(priority = 5)
    public Response authenticationFailed(AuthenticationFailedException exception, UriInfo uri) {
        return respond(Problem.of(401, "unauthorized", "Unauthorized",
                "The bearer token is invalid or expired.").withInstance(uri.getPath()))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper(priority = 5)
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "The bearer token does not carry a role allowed here.").withInstance(uri.getPath())).build();
    }

    @ServerExceptionMapper(priority = 10)
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", exception);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "HTTP " + status;
        String detail = status >= 500 ? "The server could not complete the request." : exception.getMessage();
        return respond(Problem.of(status, kebab(title), title, detail).withInstance(uri.getPath())).build();
    }

    @ServerExceptionMapper(priority = 10)
    public Response unreadableJson(JsonProcessingException exception, UriInfo uri) {
        String detail = exception.getOriginalMessage();
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", detail).withInstance(uri.getPath())).build();
    }

    @ServerExceptionMapper(priority = 100)
    public Response unexpected(Throwable exception, UriInfo uri) {
        if (TransientFailures.isTransient(exception)) {
            // The database is restarting or out of connections: the client's request was fine and will succeed
            // later, and nothing of it was kept (its transaction rolled back).
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), exception.getMessage());
            return respond(Problem.of(503, "database-unavailable", "Service unavailable",
                    "The database is unavailable; nothing was stored. Retry after the Retry-After delay.")
                    .withInstance(uri.getPath())).header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
        }
        LOG.error("unexpected failure on " + uri.getPath(), exception);
        return respond(Problem.of(500, "internal-error", "Internal error",
                "The server could not complete the request.").withInstance(uri.getPath())).build();
    }

    public static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String kebab(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
