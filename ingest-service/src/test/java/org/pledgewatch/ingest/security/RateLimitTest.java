package org.pledgewatch.ingest.security;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.web.security.Roles;

/** A client that writes faster than its rate is told to slow down; other clients are not affected. */
@QuarkusTest
@TestProfile(RateLimitTest.SlowClients.class)
class RateLimitTest {

    public static class SlowClients implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pledgewatch.ingest.requests-per-second", "0.1", "pledgewatch.ingest.request-burst", "2");
        }
    }

    private static String article() {
        String url = "https://news.example.org/rate/" + UUID.randomUUID();
        return "{\"body\": \"Text " + url + "\", \"url\": \"" + url + "\"}";
    }

    @Test
    void beyondItsBurstAClientGets429WithRetryAfter() {
        String busy = TokenIssuer.shared().token("busy-feed", Roles.NEWSROOM);
        given().auth().oauth2(busy).contentType(ContentType.JSON).body(article()).post("/api/v1/articles")
                .then().statusCode(201);
        given().auth().oauth2(busy).contentType(ContentType.JSON).body(article()).post("/api/v1/articles")
                .then().statusCode(201);
        given().auth().oauth2(busy).contentType(ContentType.JSON).body(article()).post("/api/v1/articles")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", "10");

        given().auth().oauth2(TokenIssuer.shared().token("quiet-feed", Roles.NEWSROOM)).contentType(ContentType.JSON)
                .body(article()).post("/api/v1/articles").then().statusCode(201);
    }
}
