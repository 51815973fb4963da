package org.pledgewatch.ingest.article.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.web.security.Roles;

/** Every kind of bad input at the REST door gets a clear problem+json naming the field, and nothing is stored. */
@QuarkusTest
class BadInputTest {

    private static final String NEWSROOM = TokenIssuer.shared().token("bad-input-feed", Roles.NEWSROOM);

    @TestHTTPResource("/api/v1/articles")
    URL articles;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON      | '{\"body\": \"unterminated'                                  | $",
            "not an object       | '[\"body\"]'                                               | $",
            "wrong type          | '{\"body\": 42}'                                           | body",
            "missing body        | '{\"title\": \"no text\"}'                                 | body",
            "unknown field       | '{\"body\": \"text\", \"author\": \"someone\"}'            | author",
            "absurd date         | '{\"body\": \"text\", \"publishedAt\": \"0001-01-01\"}'    | publishedAt",
            "future date         | '{\"body\": \"text\", \"publishedAt\": \"2999-12-31\"}'    | publishedAt",
            "impossible date     | '{\"body\": \"text\", \"publishedAt\": \"2025-02-30\"}'    | publishedAt",
            "escaped NUL         | '{\"body\": \"a\\u0000b\"}'                                | body",
            "nested too deep     | '{\"body\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}' | $" })
    void isAProblemNamingTheField(String caseName, String document, String field) {
        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(document)
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void invalidUtf8IsAProblem() {
        byte[] document = "{\"body\": \"caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[document.length + 3];
        System.arraycopy(document, 0, broken, 0, document.length);
        broken[document.length] = (byte) 0xC3;
        broken[document.length + 1] = '"';
        broken[document.length + 2] = '}';
        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(broken)
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void aRequestLargerThanTheServerLimitIsRefusedBeforeItIsSent() throws Exception {
        byte[] huge = new byte[17 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        // A client that asks first (Expect: 100-continue) is told 413 without sending the body.
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(articles.toURI())
                .expectContinue(true)
                .header("Authorization", "Bearer " + NEWSROOM)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aNonJsonMediaTypeIsRefused() {
        given().auth().oauth2(NEWSROOM).contentType(ContentType.TEXT).body("plain text")
                .post("/api/v1/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void markupInATitleIsStoredAsTextAndNeverServedAsAPage() {
        String url = "https://news.example.org/markup/" + UUID.randomUUID();
        String title = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String id = given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON)
                .body("{\"title\": \"" + title.replace("'", "\\u0027") + "\", \"body\": \"Text " + url + "\", \"url\": \""
                        + url + "\"}")
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");

        given().get("/api/v1/articles/" + id).then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body("title", equalTo(title));
    }

    @Test
    void anUnknownArticleIdIsAProblem() {
        given().get("/api/v1/articles/not-a-uuid").then().statusCode(404);
    }
}
