package cn.wenshui.compensation.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.Households;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 1: a cross-site page made a browser that remembered a staff member's Basic credentials create a
 * staff account (a no-cors fetch, body without Content-Type). Every state-changing endpoint × every role is tried
 * cross-site here, and nothing may be stored.
 */
@QuarkusTest
@DisplayName("跨站请求伪造:JSON 须标明 application/json,跨站的写请求一律拒绝,浏览器不会弹出 Basic 登录框")
class CsrfTest {
    private static final String JSON = "Content-Type: application/json\r\n";
    private static final String CROSS_SITE = "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\n";

    @TestHTTPResource("/")
    URL base;

    private String auditor;
    private String auditorPassword;
    private String apiKey;

    @BeforeEach
    void principals() {
        if (auditor == null) {
            auditor = Auth.unique("csrf-audit");
            auditorPassword = Auth.createUser(auditor, "auditor");
            apiKey = Auth.issueKey(Auth.unique("跨站评估公司"));
        }
    }

    private RawHttp.Answer send(String method, String path, String headers, String body) throws Exception {
        return RawHttp.send(base, method, path, null, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static String newUser() {
        return "{\"username\": \"" + Auth.unique("evil") + "\", \"password\": \"evil-password-0123\", \"role\": \"staff\"}";
    }

    private int users() {
        return Auth.admin().get("/api/v1/admin/users").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private int keys() {
        return Auth.admin().get("/api/v1/admin/api-keys").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private long entries() {
        return Auth.admin().get("/api/v1/ledger/quotes?size=1").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    @Test
    @DisplayName("发现 1:无 Content-Type 的请求体(no-cors fetch 所发)不被当作 JSON:415 problem+json,未创建账号")
    void bodyWithoutContentTypeIsRefused() throws Exception {
        int before = users();
        RawHttp.Answer a = send("POST", "/api/v1/admin/users", RawHttp.basic(Auth.ADMIN, Auth.ADMIN_PASSWORD), newUser());
        assertThat(a.status()).isEqualTo(415);
        assertThat(a.header("content-type")).startsWith("application/problem+json");
        assertThat(a.body()).contains("application/json");
        RawHttp.Answer plain = send("POST", "/api/v1/admin/users", RawHttp.basic(Auth.ADMIN, Auth.ADMIN_PASSWORD)
                + "Content-Type: text/plain;charset=UTF-8\r\n", newUser());
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.header("content-type")).startsWith("application/problem+json");
        assertThat(users()).isEqualTo(before);
        // a script that says what it sends is served as before
        assertThat(send("POST", "/api/v1/admin/users", RawHttp.basic(Auth.ADMIN, Auth.ADMIN_PASSWORD) + JSON,
                newUser()).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/quotes", RawHttp.basic(Auth.ADMIN, Auth.ADMIN_PASSWORD)
                + "Content-Type: application/json; charset=UTF-8\r\n", Households.small("CT", "堡子村")).status())
                .isEqualTo(200);
    }

    /** Every state-changing endpoint, as each role would call it. */
    private List<String[]> writes() {
        String id = Auth.unique("X");
        List<String[]> w = new ArrayList<>();
        w.add(new String[] {"POST", "/api/v1/quotes", Households.small(id, "堡子村")});
        w.add(new String[] {"POST", "/api/v1/quotes?persist=true", Households.small(id, "堡子村")});
        w.add(new String[] {"POST", "/api/v1/ledger/quotes", Households.small(id, "堡子村")});
        w.add(new String[] {"POST", "/api/v1/ledger/quotes/1/verify", null});
        w.add(new String[] {"POST", "/api/v1/audits", "{}"});
        w.add(new String[] {"POST", "/api/v1/admin/api-keys", "{\"firm\": \"跨站伪造\"}"});
        w.add(new String[] {"DELETE", "/api/v1/admin/api-keys/1", null});
        w.add(new String[] {"POST", "/api/v1/admin/users", newUser()});
        w.add(new String[] {"PUT", "/api/v1/admin/users/1/password", "{\"password\": \"evil-password-0123\"}"});
        w.add(new String[] {"DELETE", "/api/v1/admin/users/1", null});
        w.add(new String[] {"POST", "/logout", ""});
        w.add(new String[] {"POST", "/batch", ""});
        return w;
    }

    @Test
    @DisplayName("角色 × 端点:staff、auditor、评估机构的每个写请求,跨站(Sec-Fetch-Site 或 Origin)一律 403,无任何写入")
    void crossSiteWritesAreRefusedForEveryRole() throws Exception {
        int users = users();
        int keys = keys();
        long entries = entries();
        String[] credentials = {RawHttp.basic(Auth.ADMIN, Auth.ADMIN_PASSWORD), RawHttp.basic(auditor, auditorPassword),
                "X-Api-Key: " + apiKey + "\r\n"};
        String[] crossSite = {CROSS_SITE, "Origin: https://evil.example\r\n", "Origin: null\r\n",
                "Sec-Fetch-Site: same-site\r\n", "Origin: http://localhost.evil.example:" + base.getPort() + "\r\n"};
        for (String who : credentials) {
            for (String how : crossSite) {
                for (String[] w : writes()) {
                    RawHttp.Answer a = send(w[0], w[1], who + how + JSON, w[2]);
                    assertThat(a.status()).as("%s %s with %s", w[0], w[1], how).isEqualTo(403);
                    assertThat(a.header("content-type")).startsWith("application/problem+json");
                    assertThat(a.body()).contains("cross-site-request");
                }
            }
        }
        assertThat(users()).isEqualTo(users);
        assertThat(keys()).isEqualTo(keys);
        assertThat(entries()).isEqualTo(entries);
    }

    @Test
    @DisplayName("同源的浏览器请求(Origin 与 Host 相同,或 Sec-Fetch-Site: same-origin)照常;脚本不带这些头照常")
    void sameOriginAndScriptsAreServed() throws Exception {
        String self = "http://" + base.getHost() + ":" + base.getPort();
        String admin = RawHttp.basic(Auth.ADMIN, Auth.ADMIN_PASSWORD);
        assertThat(send("POST", "/api/v1/quotes", admin + JSON + "Origin: " + self + "\r\n",
                Households.small("SO", "堡子村")).status()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/quotes", admin + JSON + "Sec-Fetch-Site: same-origin\r\nOrigin: " + self
                + "\r\n", Households.small("SO", "堡子村")).status()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/quotes", admin + JSON, Households.small("SO", "堡子村")).status())
                .isEqualTo(200);
        // reads are not state-changing: a cross-site GET is answered (SameSite=Strict keeps the session cookie away)
        assertThat(send("GET", "/api/v1/schedules", CROSS_SITE, null).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("跨站提交登录表单(登录 CSRF)被拒绝")
    void crossSiteLoginIsRefused() throws Exception {
        RawHttp.Answer a = send("POST", "/j_security_check", CROSS_SITE
                        + "Content-Type: application/x-www-form-urlencoded\r\n",
                "j_username=" + Auth.ADMIN + "&j_password=" + Auth.ADMIN_PASSWORD);
        assertThat(a.status()).isEqualTo(403);
        assertThat(String.valueOf(a.header("set-cookie"))).doesNotContain("quarkus-credential");
    }

    @Test
    @DisplayName("浏览器的请求得不到 WWW-Authenticate: Basic(不弹出、不记住 Basic 凭据);脚本仍然得到")
    void browsersAreNeverAskedForBasic() throws Exception {
        String[] browsers = {"Sec-Fetch-Mode: cors\r\nSec-Fetch-Site: same-origin\r\n",
                "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0\r\n", "Accept: text/html\r\n",
                "Origin: http://" + base.getHost() + ":" + base.getPort() + "\r\n", "Cookie: quarkus-credential=x\r\n"};
        for (String b : browsers) {
            for (String path : new String[] {"/api/v1/ledger/quotes", "/api/v1/admin/users", "/q/metrics"}) {
                RawHttp.Answer a = send("GET", path, b, null);
                assertThat(a.status()).as(path + " " + b).isEqualTo(401);
                assertThat(String.valueOf(a.header("www-authenticate"))).as(path + " " + b)
                        .doesNotContainIgnoringCase("basic");
            }
            RawHttp.Answer wrong = send("GET", "/api/v1/ledger/quotes", b + RawHttp.basic(Auth.unique("nobody"), "wrong"), null);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(String.valueOf(wrong.header("www-authenticate"))).doesNotContainIgnoringCase("basic");
            RawHttp.Answer page = send("GET", "/ledger", b + RawHttp.basic(Auth.unique("nobody"), "wrong"), null);
            assertThat(String.valueOf(page.header("www-authenticate"))).doesNotContainIgnoringCase("basic");
        }
        RawHttp.Answer script = send("GET", "/api/v1/ledger/quotes", "User-Agent: curl/8.14\r\n", null);
        assertThat(script.status()).isEqualTo(401);
        assertThat(script.header("www-authenticate")).startsWith("Basic realm=\"compensation\"");
        assertThat(send("GET", "/api/v1/ledger/quotes", RawHttp.basic(Auth.ADMIN, Auth.ADMIN_PASSWORD), null).status())
                .isEqualTo(200);
    }
}
