package cn.wenshui.compensation.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 item 2: after logging out, the old session cookie still opened /ledger and the admin API. */
@QuarkusTest
@DisplayName("退出登录在服务端结束会话:退出、停用账号、修改密码后,旧会话 Cookie 一律失效")
class SessionRevocationTest {
    private static final String SESSION = "quarkus-credential";

    private static String login(String user, String password) {
        return LoginTest.cookieValue(LoginTest.setCookie(LoginTest.formLogin(user, password), SESSION));
    }

    private static void works(String session) {
        given().cookie(SESSION, session).redirects().follow(false).get("/ledger").then().statusCode(200);
        given().cookie(SESSION, session).get("/api/v1/ledger/quotes").then().statusCode(200);
    }

    private static void ended(String session) {
        given().cookie(SESSION, session).redirects().follow(false).get("/ledger").then().statusCode(302)
                .header("Location", endsWith("/login"));
        given().cookie(SESSION, session).redirects().follow(false).get("/api/v1/ledger/quotes").then().statusCode(401)
                .contentType("application/problem+json");
        given().cookie(SESSION, session).redirects().follow(false).get("/api/v1/admin/users").then().statusCode(401);
        // the dead cookie is cleared, so the login page does not send the browser round in circles
        Response login = given().cookie(SESSION, session).redirects().follow(false).get("/login");
        assertThat(login.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith(SESSION + "=")
                && (c.contains("Max-Age=0") || c.contains("Expires=Thu, 01 Jan 1970")));
    }

    /** Logs out through the page's form, with its CSRF token, as the browser does. */
    private static Response logout(String session) {
        Response page = given().cookie(SESSION, session).get("/login");
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(m.find()).isTrue();
        return given().cookie(SESSION, session).cookie("csrf-token", page.getCookie("csrf-token")).redirects()
                .follow(false).formParam("csrf-token", m.group(1)).post("/logout");
    }

    private static long userId(String username) {
        return Auth.admin().get("/api/v1/admin/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
    }

    @Test
    @DisplayName("发现 2:退出后旧 Cookie 访问 /ledger 跳转登录、访问 API 得 401;同一用户的其他会话也结束;重新登录可用")
    void logoutEndsTheSessions() {
        String user = Auth.unique("out");
        String password = Auth.createUser(user, "staff");
        String first = login(user, password);
        String second = login(user, password);
        works(first);
        works(second);
        logout(first).then().statusCode(303).header("Location", is("/login?logout=1"));
        ended(first);
        ended(second);
        works(login(user, password));
        works(login(Auth.ADMIN, Auth.ADMIN_PASSWORD)); // another user's sessions are untouched
    }

    @Test
    @DisplayName("无 CSRF 令牌的 POST /logout(无内容类型、JSON、表单)被拒绝,会话不受影响")
    void logoutWithoutTokenIsRefused() {
        String user = Auth.unique("tok");
        String session = login(user, Auth.createUser(user, "auditor"));
        int none = given().cookie(SESSION, session).redirects().follow(false).post("/logout").statusCode();
        int json = given().cookie(SESSION, session).redirects().follow(false).contentType(ContentType.JSON).body("{}")
                .post("/logout").statusCode();
        int form = given().cookie(SESSION, session).redirects().follow(false).formParam("x", "1").post("/logout")
                .statusCode();
        assertThat(java.util.List.of(none, json, form)).allMatch(s -> s >= 400 && s < 500);
        works(session);
    }

    @Test
    @DisplayName("停用账号:其会话与 Basic 立即失效;重复停用不变")
    void disablingEndsSessions() {
        String user = Auth.unique("dis");
        String password = Auth.createUser(user, "staff");
        String session = login(user, password);
        works(session);
        long id = userId(user);
        Auth.admin().delete("/api/v1/admin/users/" + id).then().statusCode(200).body("active", is(false));
        Auth.admin().delete("/api/v1/admin/users/" + id).then().statusCode(200).body("active", is(false));
        ended(session);
        Auth.basic(user, password).get("/api/v1/ledger/quotes").then().statusCode(401);
        Auth.admin().delete("/api/v1/admin/users/999999").then().statusCode(404);
    }

    @Test
    @DisplayName("修改密码:旧会话与旧密码失效,新密码可登录;密码过短 400")
    void changingThePasswordEndsSessions() {
        String user = Auth.unique("pw");
        String password = Auth.createUser(user, "auditor");
        String session = login(user, password);
        works(session);
        Auth.basic(user, password).get("/api/v1/ledger/quotes").then().statusCode(200); // remembered now
        long id = userId(user);
        Auth.admin().contentType(ContentType.JSON).body("{\"password\": \"short\"}")
                .put("/api/v1/admin/users/" + id + "/password").then().statusCode(400);
        Auth.admin().contentType(ContentType.JSON).body("{\"password\": \"a-new-password-0123\"}")
                .put("/api/v1/admin/users/" + id + "/password").then().statusCode(200).body("active", is(true));
        ended(session);
        Auth.basic(user, password).get("/api/v1/ledger/quotes").then().statusCode(401);
        Auth.basic(user, "a-new-password-0123").get("/api/v1/ledger/quotes").then().statusCode(200);
        works(login(user, "a-new-password-0123"));
    }
}
