package cn.wenshui.compensation.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.Households;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 item 7: redirects from the Host header, missing page headers, control characters, lockout page. */
@QuarkusTest
@DisplayName("安全卫生:重定向不取 Host 头、网页安全响应头、X-Operator 控制字符、锁定时的登录页")
class HygieneTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    LoginThrottle throttle;

    @Test
    @DisplayName("发现 7:Host: evil.example 访问 /ledger,Location 不指向 evil.example(相对地址)")
    void redirectsIgnoreTheHostHeader() throws Exception {
        for (String path : new String[] {"/ledger", "/", "/batch", "/ledger/1/print"}) {
            RawHttp.Answer a = RawHttp.send(base, "GET", path, "evil.example", "Accept: text/html\r\n", null);
            assertThat(a.status()).isEqualTo(302);
            assertThat(a.header("location")).doesNotContain("evil.example").startsWith("/login");
        }
        RawHttp.Answer login = RawHttp.send(base, "POST", "/j_security_check", "evil.example",
                "Content-Type: application/x-www-form-urlencoded\r\n",
                ("j_username=" + Auth.ADMIN + "&j_password=" + Auth.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("location")).doesNotContain("evil.example").startsWith("/");
        RawHttp.Answer created = RawHttp.send(base, "POST", "/api/v1/ledger/quotes", "evil.example",
                RawHttp.basic(Auth.ADMIN, Auth.ADMIN_PASSWORD) + "Content-Type: application/json\r\n",
                Households.small(Auth.unique("H"), "堡子村").getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("location")).doesNotContain("evil.example").startsWith("/api/v1/ledger/quotes/");
    }

    @Test
    @DisplayName("每个 HTML 答复都带 CSP、nosniff、禁止被嵌入、Referrer-Policy 与字符集")
    void pagesSendSecurityHeaders() {
        String session = LoginTest.cookieValue(LoginTest.setCookie(
                LoginTest.formLogin(Auth.ADMIN, Auth.ADMIN_PASSWORD), "quarkus-credential"));
        for (String path : new String[] {"/login", "/", "/ledger", "/batch", "/batch/summary", "/no-such-page"}) {
            Response r = given().cookie("quarkus-credential", session).accept("text/html").redirects().follow(false)
                    .get(path);
            String type = r.header("Content-Type");
            if (type != null && type.startsWith("text/html")) {
                assertThat(type).as(path).containsIgnoringCase("charset=UTF-8");
            }
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).as(path).contains("default-src 'self'").contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("unsafe-eval");
            assertThat(csp.substring(csp.indexOf("script-src"))).as(path).doesNotStartWith("script-src 'self' 'unsafe-inline'");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
        given().get("/api/v1/schedules").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    @DisplayName("X-Operator 含控制字符(\\r\\n、\\0,百分号编码或原样):400 problem,未写入台账")
    void operatorRefusesControlCharacters() throws Exception {
        long before = Auth.admin().get("/api/v1/ledger/quotes?size=1").jsonPath().getLong("total");
        for (String operator : new String[] {"%E7%8E%8B%0D%0AX-Evil: 1", "%00", "a%0Ab", "%1B%5B31m", "%7F", "%C2%85"}) {
            Response r = Auth.admin().contentType(ContentType.JSON).header("X-Operator", operator)
                    .body(Households.small(Auth.unique("OP"), "堡子村")).post("/api/v1/ledger/quotes");
            r.then().statusCode(400).contentType("application/problem+json");
            assertThat(r.jsonPath().getString("violations[0].field")).isEqualTo("X-Operator");
        }
        RawHttp.Answer raw = RawHttp.send(base, "POST", "/api/v1/ledger/quotes", null,
                RawHttp.basic(Auth.ADMIN, Auth.ADMIN_PASSWORD) + "Content-Type: application/json\r\nX-Operator: a\u0001b\r\n",
                Households.small(Auth.unique("OP"), "堡子村").getBytes(StandardCharsets.UTF_8));
        assertThat(raw.status()).isEqualTo(400);
        assertThat(Auth.admin().get("/api/v1/ledger/quotes?size=1").jsonPath().getLong("total")).isEqualTo(before);
        Auth.admin().contentType(ContentType.JSON).header("X-Operator", "%E7%8E%8B%E4%BA%94")
                .body(Households.small(Auth.unique("OP"), "堡子村")).post("/api/v1/ledger/quotes").then().statusCode(201);
    }

    @Test
    @DisplayName("锁定期间的表单登录:回到中文登录页并说明原因,而非 JSON")
    void formLoginDuringLockoutShowsTheLoginPage() {
        String user = Auth.unique("lock");
        String password = Auth.createUser(user, "staff");
        try {
            for (int i = 0; i < 5; i++) {
                LoginTest.formLogin(user, "wrong-" + i).then().statusCode(302);
            }
            Response locked = LoginTest.formLogin(user, password);
            assertThat(locked.contentType()).doesNotContain("json");
            assertThat(locked.statusCode()).isEqualTo(302);
            String location = locked.header("Location");
            assertThat(location).startsWith("/login?");
            Response page = given().accept("text/html").get(location);
            page.then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html"));
            assertThat(page.asString()).contains("登录失败次数过多").contains("j_security_check");
            // scripts using Basic still get the 429 problem with Retry-After
            Auth.basic(user, password).get("/api/v1/ledger/quotes").then().statusCode(429)
                    .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        } finally {
            throttle.reset();
        }
    }
}
