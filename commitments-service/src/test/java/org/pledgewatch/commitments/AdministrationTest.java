package org.pledgewatch.commitments;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.web.security.Roles;

/** Reassessment is for operators only; reads stay open. */
@QuarkusTest
class AdministrationTest {

    @Test
    void reassessingNeedsAnAdminToken() {
        given().post("/api/v1/admin/reassess").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TokenIssuer.shared().token("dashboard", Roles.READER))
                .post("/api/v1/admin/reassess").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TokenIssuer.shared().tokenSignedByAnotherKey("forger", Roles.ADMIN))
                .post("/api/v1/admin/reassess").then().statusCode(401);
        given().auth().oauth2(TokenIssuer.shared().token("operator", Roles.ADMIN))
                .post("/api/v1/admin/reassess").then().statusCode(200);
    }

    @Test
    void readsAreOpen() {
        given().get("/api/v1/commitments").then().statusCode(200);
        given().get("/api/v1/agreements").then().statusCode(200);
        given().get("/api/v1/figures").then().statusCode(200);
        given().get("/api/v1/parties").then().statusCode(200);
    }
}
