package cn.wenshui.compensation.api.security;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Brute-force throttling with small numbers: 3 failures per username, 6 per address, 2 s lockout. */
@QuarkusTest
@TestProfile(LoginThrottleTest.Profile.class)
@DisplayName("暴力破解防护:同一用户或同一地址失败 N 次后锁定 T,期间正确密码也 429")
class LoginThrottleTest {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("compensation.login.max-failures-per-user", "3",
                    "compensation.login.max-failures-per-ip", "6",
                    "compensation.login.lockout", "PT2S");
        }
    }

    @Inject
    LoginThrottle throttle;

    private String user;
    private String password;

    @BeforeEach
    void freshUser() {
        throttle.reset();
        user = Auth.unique("locked");
        password = Auth.createUser(user, "auditor");
    }

    @AfterEach
    void forget() {
        throttle.reset();
    }

    private Response basic(String pw) {
        return Auth.basic(user, pw).get("/api/v1/ledger/quotes");
    }

    @Test
    @DisplayName("Basic:3 次错误后锁定,正确密码亦 429 problem+json 附 Retry-After;锁定期满后恢复")
    void basicFailuresLockTheUser() throws Exception {
        basic(password).then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            basic("wrong-" + i).then().statusCode(401);
        }
        Response locked = basic(password);
        locked.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("violations[0].rule", is("login-locked"))
                .body("violations[0].messageZh", containsString("秒后再试"));
        // Another user from the same address is not locked (3 failures < 6 per address).
        Auth.admin().get("/api/v1/ledger/quotes").then().statusCode(200);
        Thread.sleep(2_300);
        basic(password).then().statusCode(200);
    }

    @Test
    @DisplayName("表单登录的失败同样计数:锁定后表单回到登录页(说明锁定),Basic 429")
    void formFailuresCountToo() {
        for (int i = 0; i < 3; i++) {
            LoginTest.formLogin(user, "wrong-" + i).then().statusCode(302).header("Location", endsWith("/login?error=1"));
        }
        // a person at the form gets the login page saying why (HygieneTest), a script the 429 problem
        LoginTest.formLogin(user, password).then().statusCode(302).header("Location", startsWith("/login?locked="));
        basic(password).then().statusCode(429);
    }

    @Test
    @DisplayName("同一地址:不同用户名累计失败 6 次后,该地址的任何登录 429")
    void addressLock() {
        for (int i = 0; i < 6; i++) {
            Auth.basic(Auth.unique("nobody"), "guess-" + i).get("/api/v1/ledger/quotes").then().statusCode(401);
        }
        basic(password).then().statusCode(429);
        Auth.admin().get("/api/v1/ledger/quotes").then().statusCode(429);
        // API keys are not password logins: a firm's key still works from the same address.
        throttle.reset();
        String key = Auth.issueKey(Auth.unique("限流外评估公司"));
        for (int i = 0; i < 6; i++) {
            Auth.basic(Auth.unique("nobody"), "guess-" + i).get("/api/v1/ledger/quotes");
        }
        Auth.key(key).get("/api/v1/ledger/quotes").then().statusCode(200);
    }

    @Test
    @DisplayName("成功登录清零该用户的失败计数")
    void successResetsTheUsersCount() {
        basic("wrong-1").then().statusCode(401);
        basic("wrong-2").then().statusCode(401);
        basic(password).then().statusCode(200);
        basic("wrong-3").then().statusCode(401);
        basic("wrong-4").then().statusCode(401);
        basic(password).then().statusCode(200);
    }
}
