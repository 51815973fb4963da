package org.pledgewatch.extraction.reading.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ExtractResourceTest {

    @Test
    void answersWithTheContractShape() {
        given().contentType(ContentType.JSON)
                .body("{\"body\": \"Ministers met in Astana on Monday.\", \"publishedAt\": \"2025-08-25\"}")
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("extractorVersion", notNullValue())
                .body("pledges", notNullValue())
                .body("observations", notNullValue())
                .body("agreements", notNullValue());
    }

    @Test
    void aMissingBodyIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"title\": \"nothing else\"}")
                .post("/api/v1/extract")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
    }

    @Test
    void aBlankBodyIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"body\": \"  \\n \"}")
                .post("/api/v1/extract")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBadDateIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"body\": \"text\", \"publishedAt\": \"25/08/2025\"}")
                .post("/api/v1/extract")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("publishedAt"));
    }

    @Test
    void anOversizeBodyIsRefused() {
        String huge = "a".repeat(600 * 1024);
        given().contentType(ContentType.JSON).body("{\"body\": \"" + huge + "\"}")
                .post("/api/v1/extract")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aFiveMegabyteBodyIsRefusedWithAProblem() {
        String huge = "a".repeat(5 * 1024 * 1024);
        given().contentType(ContentType.JSON).body("{\"body\": \"" + huge + "\"}")
                .post("/api/v1/extract")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void nonJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("<html>not json</html>")
                .post("/api/v1/extract")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
