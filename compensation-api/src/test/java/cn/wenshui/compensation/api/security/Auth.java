package cn.wenshui.compensation.api.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Real credentials for the security tests: the test profile's first staff user, API keys and users it creates. */
final class Auth {
    static final String ADMIN = "admin-test";
    static final String ADMIN_PASSWORD = "admin-test-password";

    private Auth() {
    }

    static RequestSpecification anonymous() {
        return given();
    }

    static RequestSpecification basic(String user, String password) {
        return given().auth().preemptive().basic(user, password);
    }

    static RequestSpecification admin() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    static RequestSpecification key(String apiKey) {
        return given().header("X-Api-Key", apiKey);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Issues a key to a firm (as the admin) and returns the key itself. */
    static String issueKey(String firm) {
        return admin().contentType(ContentType.JSON).body("{\"firm\": \"" + firm + "\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().jsonPath().getString("key");
    }

    /** Creates a user (as the admin) with a password derived from the name; returns the password. */
    static String createUser(String username, String role) {
        String password = "pw-" + username + "-0123456789";
        admin().contentType(ContentType.JSON)
                .body("{\"username\": \"" + username + "\", \"password\": \"" + password + "\", \"role\": \"" + role + "\"}")
                .post("/api/v1/admin/users").then().statusCode(201);
        return password;
    }
}
