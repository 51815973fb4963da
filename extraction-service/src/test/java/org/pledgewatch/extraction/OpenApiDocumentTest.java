package org.pledgewatch.extraction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.pledgewatch.localinfra.OpenApiSnapshot;

/** The committed OpenAPI document is the one the service serves. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theCommittedDocumentMatchesTheCode() {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(OpenApiSnapshot.drift(served, Path.of("src/main/resources/openapi/openapi.yaml"))).isNull();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
