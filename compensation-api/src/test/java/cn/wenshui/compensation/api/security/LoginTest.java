package cn.wenshui.compensation.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import cn.wenshui.compensation.api.Households;
import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("用户名密码:表单登录(中文登录页、会话 Cookie)、HTTP Basic、CSRF、创建用户")
class LoginTest {
    private static final String SESSION = "quarkus-credential";

    @Inject
    AgroalDataSource dataSource;

    private void update(String sql, String username, Object value) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, value);
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }

    static Response formLogin(String user, String password) {
        return given().redirects().follow(false).formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check");
    }

    static String setCookie(Response r, String name) {
        return r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + r.headers()));
    }

    static String cookieValue(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.contains(";") ? setCookie.indexOf(';')
                : setCookie.length());
    }

    @Test
    @DisplayName("登录页为中文;未登录访问网页跳转到 /login,访问 API 得 401 problem+json")
    void loginPageAndRedirects() {
        given().get("/login").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("用户名"), containsString("密码"), containsString("j_security_check"));
        given().redirects().follow(false).get("/ledger/1/print").then().statusCode(302)
                .header("Location", endsWith("/login"));
        given().get("/api/v1/ledger/quotes").then().statusCode(401).contentType("application/problem+json")
                .body("title", is("Unauthorized"));
    }

    @Test
    @DisplayName("表单登录:302 到首页,会话 Cookie 为 HttpOnly、SameSite=Strict;错误密码回到 /login?error=1")
    void formLoginSetsStrictHttpOnlyCookie() {
        Response ok = formLogin(Auth.ADMIN, Auth.ADMIN_PASSWORD);
        ok.then().statusCode(302).header("Location", endsWith("/"));
        String cookie = setCookie(ok, SESSION);
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(cookie).doesNotContainIgnoringCase("Secure;"); // plain HTTP here; over TLS it is Secure
        given().cookie(SESSION, cookieValue(cookie)).get("/api/v1/ledger/quotes").then().statusCode(200);
        given().cookie(SESSION, cookieValue(cookie)).get("/login").then().statusCode(200)
                .body(containsString("已登录为"), containsString(Auth.ADMIN));

        formLogin(Auth.ADMIN, "wrong-password").then().statusCode(302).header("Location", endsWith("/login?error=1"));
        given().cookie(SESSION, "forged-" + cookieValue(cookie)).redirects().follow(false).get("/api/v1/ledger/quotes")
                .then().statusCode(401);
    }

    @Test
    @DisplayName("CSRF:无令牌的表单提交 400 problem+json;带页面中的令牌则成功退出")
    void csrfOnFormPosts() {
        String session = cookieValue(setCookie(formLogin(Auth.ADMIN, Auth.ADMIN_PASSWORD), SESSION));
        given().cookie(SESSION, session).redirects().follow(false).formParam("x", "1").post("/logout").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].rule", is("csrf-token-invalid"))
                .body("violations[0].messageZh", not(emptyOrNullString()));

        Response page = given().cookie(SESSION, session).get("/login");
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        String token = m.group(1);
        String csrfCookie = cookieValue(setCookie(page, "csrf-token"));
        assertThat(setCookie(page, "csrf-token")).containsIgnoringCase("HttpOnly");

        given().cookie(SESSION, session).cookie("csrf-token", csrfCookie).redirects().follow(false)
                // another first character (a token starting with A stayed valid: 1 run in 64 failed)
                .formParam("csrf-token", (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1)).post("/logout")
                .then().statusCode(400);
        Response out = given().cookie(SESSION, session).cookie("csrf-token", csrfCookie).redirects().follow(false)
                .formParam("csrf-token", token).post("/logout");
        out.then().statusCode(303).header("Location", endsWith("/login?logout=1"));
        assertThat(setCookie(out, SESSION)).contains("Max-Age=0");
    }

    @Test
    @DisplayName("JSON API 不受 CSRF 影响:Basic 与 X-Api-Key 的 JSON 请求照常")
    void jsonApiCallsNeedNoCsrfToken() {
        Auth.admin().contentType(ContentType.JSON).body(Households.small(Auth.unique("J"), "堡子村"))
                .post("/api/v1/quotes?persist=true").then().statusCode(201).body("createdBy", is(Auth.ADMIN));
        String key = Auth.issueKey(Auth.unique("表单外评估公司"));
        Auth.key(key).contentType(ContentType.JSON).body(Households.small(Auth.unique("J"), "堡子村"))
                .post("/api/v1/ledger/quotes").then().statusCode(201);
        Auth.key(key).contentType(ContentType.JSON).post("/api/v1/ledger/quotes/1/verify").then()
                .statusCode(anyOf(is(200), is(404)));
    }

    @Test
    @DisplayName("创建用户:审计账号可用 Basic 登录,只读;重名 409;弱密码或非法角色 400;列表不含哈希")
    void createUsers() {
        String name = Auth.unique("audit");
        String password = Auth.createUser(name, "auditor");
        Auth.basic(name, password).get("/api/v1/ledger/verify").then().statusCode(200);
        Auth.basic(name, password).contentType(ContentType.JSON).body(Households.small("U", "堡子村"))
                .post("/api/v1/ledger/quotes").then().statusCode(403).contentType("application/problem+json");
        Auth.basic(name, "wrong-" + password).get("/api/v1/ledger/verify").then().statusCode(401)
                .contentType("application/problem+json");
        Auth.admin().contentType(ContentType.JSON)
                .body("{\"username\": \"" + name + "\", \"password\": \"another-long-password\", \"role\": \"staff\"}")
                .post("/api/v1/admin/users").then().statusCode(409).body("violations[0].rule", is("username-taken"));
        Auth.admin().contentType(ContentType.JSON)
                .body("{\"username\": \"" + Auth.unique("w") + "\", \"password\": \"short\", \"role\": \"staff\"}")
                .post("/api/v1/admin/users").then().statusCode(400).contentType("application/problem+json");
        Auth.admin().contentType(ContentType.JSON)
                .body("{\"username\": \"" + Auth.unique("w") + "\", \"password\": \"long-enough-password\", \"role\": \"appraiser\"}")
                .post("/api/v1/admin/users").then().statusCode(400);
        Response list = Auth.admin().get("/api/v1/admin/users");
        list.then().statusCode(200).body("find { it.username == '" + name + "' }.role", is("auditor"))
                .body("find { it.username == '" + name + "' }.createdBy", is(Auth.ADMIN));
        assertThat(list.asString()).doesNotContain("$2a$").doesNotContain("passwordHash");
        // A new staff user can manage keys; an auditor cannot.
        String staff = Auth.unique("staff");
        String staffPassword = Auth.createUser(staff, "staff");
        Auth.basic(staff, staffPassword).get("/api/v1/admin/api-keys").then().statusCode(200);
        Auth.basic(name, password).get("/api/v1/admin/api-keys").then().statusCode(403);
    }

    @Test
    @DisplayName("Basic:接受过的密码短时记住(免重复 bcrypt),但错误密码仍 401,改了密码或停用的账号立即失效")
    void rememberedBasicPasswordsFollowTheStoredAccount() throws Exception {
        String name = Auth.unique("script");
        String password = Auth.createUser(name, "auditor");
        Auth.basic(name, password).get("/api/v1/ledger/verify").then().statusCode(200);
        Auth.basic(name, password).get("/api/v1/ledger/verify").then().statusCode(200);
        Auth.basic(name, password + "x").get("/api/v1/ledger/verify").then().statusCode(401);
        Auth.basic(name, password).get("/api/v1/ledger/verify").then().statusCode(200);

        // the password changed in the table (another node, an administrator): the remembered one no longer works
        update("UPDATE app_user SET password_hash = ? WHERE username = ?", name,
                BcryptUtil.bcryptHash("the-new-password-1", 4));
        Auth.basic(name, password).get("/api/v1/ledger/verify").then().statusCode(401);
        Auth.basic(name, "the-new-password-1").get("/api/v1/ledger/verify").then().statusCode(200);

        // disabled: refused at once, although the password was just accepted
        update("UPDATE app_user SET disabled_at = ? WHERE username = ?", name,
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        Auth.basic(name, "the-new-password-1").get("/api/v1/ledger/verify").then().statusCode(401);
    }
}
