package org.pledgewatch.ingest.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.web.security.Roles;

/** Writes need a valid token with the right role, and say why not in problem+json; reads are open by default. */
@QuarkusTest
class WriteAccessTest {

    private static final TokenIssuer ISSUER = TokenIssuer.shared();

    private static String article() {
        String url = "https://news.example.org/auth/" + UUID.randomUUID();
        return "{\"body\": \"Text of " + url + "\", \"url\": \"" + url + "\"}";
    }

    @Test
    void withoutATokenAWriteIsUnauthorized() {
        given().contentType(ContentType.JSON).body(article()).post("/api/v1/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthorized() {
        given().auth().oauth2(ISSUER.tokenSignedByAnotherKey("forger", Roles.NEWSROOM))
                .contentType(ContentType.JSON).body(article()).post("/api/v1/articles")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        given().auth().oauth2(ISSUER.expiredToken("late-feed", Roles.NEWSROOM))
                .contentType(ContentType.JSON).body(article()).post("/api/v1/articles")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutTheNewsroomRoleIsForbidden() {
        given().auth().oauth2(ISSUER.token("dashboard", Roles.READER))
                .contentType(ContentType.JSON).body(article()).post("/api/v1/articles")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ISSUER.token("dashboard", Roles.READER)).urlEncodingEnabled(false)
                .contentType(ContentType.JSON).body("[" + article() + "]").post("/api/v1/articles:batch")
                .then().statusCode(403);
    }

    @Test
    void aNewsroomTokenMayWriteButNotAdminister() {
        String newsroom = ISSUER.token("feed", Roles.NEWSROOM);
        given().auth().oauth2(newsroom).contentType(ContentType.JSON).body(article()).post("/api/v1/articles")
                .then().statusCode(201);
        given().auth().oauth2(newsroom).post("/api/v1/admin/replay")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void readsAreOpenByDefault() {
        given().get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void anAdminMayReplayAndFollowIt() {
        String admin = ISSUER.token("operator", Roles.ADMIN);
        given().auth().oauth2(admin).post("/api/v1/admin/replay?since=2999-01-01T00:00:00Z")
                .then().statusCode(202).body("total", equalTo(0));
        given().auth().oauth2(admin).get("/api/v1/admin/replay").then().statusCode(200);
        given().auth().oauth2(admin).post("/api/v1/admin/replay?since=yesterday")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).post("/api/v1/admin/articles/" + UUID.randomUUID() + "/reextract")
                .then().statusCode(404);
    }
}
