package org.pledgewatch.ingest.article.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.web.security.Roles;

@QuarkusTest
class ArticleResourceTest {

    private static final String NEWSROOM = TokenIssuer.shared().token("test-feed", Roles.NEWSROOM);

    static String article(String url, String body) {
        return """
                {"title": "Trade talks in Astana", "body": "%s", "url": "%s", "source": "test-wire",
                 "language": "en", "publishedAt": "2025-03-14"}""".formatted(body, url);
    }

    static String uniqueUrl() {
        return "https://news.example.org/" + UUID.randomUUID();
    }

    @Test
    void storesANewArticleAndServesItBack() {
        String url = uniqueUrl();
        String id = given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(article(url, "Both ministers met on Friday. " + url))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/articles/"))
                .body("status", equalTo("created"))
                .extract().path("id");

        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("url", equalTo(url))
                .body("body", containsString("Both ministers met"))
                .body("publishedAt", equalTo("2025-03-14T00:00:00Z"))
                .body("receivedVia", equalTo("REST"));
    }

    @Test
    void theSameArticleSentTwiceIsStoredOnce() {
        String url = uniqueUrl();
        String first = given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(article(url, "A story told once. " + url))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");

        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(article(url + "?utm_source=feed", "A story told once. " + url))
                .post("/api/v1/articles")
                .then().statusCode(200)
                .body("status", equalTo("duplicate"))
                .body("id", equalTo(first));
    }

    @Test
    void theSameTextUnderAnotherUrlIsADuplicate() {
        String text = "Identical wording, syndicated. " + UUID.randomUUID();
        String first = given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(article(uniqueUrl(), text))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");

        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(article(uniqueUrl(), "  " + text.toUpperCase() + " "))
                .post("/api/v1/articles")
                .then().statusCode(200).body("status", equalTo("duplicate")).body("id", equalTo(first));
    }

    @Test
    void aMissingBodyIsAProblemNamingTheField() {
        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body("{\"title\": \"No text\", \"url\": \"" + uniqueUrl() + "\"}")
                .post("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", containsString("invalid-article"))
                .body("errors.field", hasItem("body"));
    }

    @Test
    void aBadDateIsAProblemNamingTheField() {
        String document = article(uniqueUrl(), "Some text.").replace("2025-03-14", "14/03/2025");
        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(document)
                .post("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("publishedAt"));
    }

    @Test
    void nonJsonIsAProblem() {
        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body("this is not json")
                .post("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void anOversizeBodyIsRefused() {
        String huge = "x".repeat(700 * 1024);
        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(article(uniqueUrl(), huge))
                .post("/api/v1/articles")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aBatchReportsEachItem() {
        String batch = "[" + article(uniqueUrl(), "First of a batch " + UUID.randomUUID()) + ","
                + "{\"title\": \"no body\"},"
                + article(uniqueUrl(), "Second of a batch " + UUID.randomUUID()) + "]";
        given().auth().oauth2(NEWSROOM).urlEncodingEnabled(false).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/articles:batch")
                .then().statusCode(200)
                .body("created", equalTo(2))
                .body("invalid", equalTo(1))
                .body("results[1].status", equalTo("invalid"))
                .body("results[1].errors.field", hasItem("body"))
                .body("results[2].id", notNullValue());
    }

    @Test
    void aBatchMayBeNewlineDelimited() {
        String url = uniqueUrl();
        String ndjson = article(url, "NDJSON item " + url).replace("\n", " ") + "\n"
                + article(url, "NDJSON item " + url).replace("\n", " ") + "\n";
        given().auth().oauth2(NEWSROOM).urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/articles:batch")
                .then().statusCode(200)
                .body("created", equalTo(1))
                .body("duplicates", equalTo(1));
    }

    @Test
    void anUnknownArticleIsAProblem() {
        given().get("/api/v1/articles/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsArticlesPaged() {
        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(article(uniqueUrl(), "Listed " + UUID.randomUUID()))
                .post("/api/v1/articles").then().statusCode(201);
        given().get("/api/v1/articles?page=0&size=1")
                .then().statusCode(200)
                .body("size", equalTo(1))
                .body("items.size()", equalTo(1));
    }
}
