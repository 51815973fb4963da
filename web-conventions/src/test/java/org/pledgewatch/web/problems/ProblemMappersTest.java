package org.pledgewatch.web.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aLostDatabaseConnectionIsA503WithRetryAfterNotA500() {
        Response response = mappers.unexpected(new IllegalStateException("could not prepare statement",
                new SQLException("Connection to localhost:5432 refused", "08001")), uri("/api/v1/articles"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).instance()).isEqualTo("/api/v1/articles");
    }

    @Test
    void anExhaustedConnectionPoolIsA503() {
        Response response = mappers.unexpected(new RuntimeException(
                new SQLTransientConnectionException("Acquisition timeout while waiting for new connection")),
                uri("/api/v1/commitments"));

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void anyOtherFailureIsAnOpaque500() {
        Response response = mappers.unexpected(new IllegalStateException("secret internals"), uri("/api/v1/x"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("secret");
    }

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] { UriInfo.class },
                (proxy, method, args) -> method.getName().equals("getPath") ? path : null);
    }
}
