package org.pledgewatch.ingest.security;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.web.security.Roles;

/** With reads-require-token on, a read needs a valid token (any role), and health stays open for probes. */
@QuarkusTest
@TestProfile(ReadAccessTest.ReadsRequireToken.class)
class ReadAccessTest {

    public static class ReadsRequireToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pledgewatch.reads-require-token", "true");
        }
    }

    @Test
    void aReadWithoutATokenIsUnauthorized() {
        given().get("/api/v1/articles").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aReadWithAnExpiredTokenIsUnauthorized() {
        given().auth().oauth2(TokenIssuer.shared().expiredToken("dashboard", Roles.READER))
                .get("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void aReadWithAReaderTokenIsAllowed() {
        given().auth().oauth2(TokenIssuer.shared().token("dashboard", Roles.READER))
                .get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void healthAndTheApiDocumentStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
