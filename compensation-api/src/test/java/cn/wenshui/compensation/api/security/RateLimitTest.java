package cn.wenshui.compensation.api.security;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A bucket of 3 requests refilled at 6 a minute (one every 10 s). */
@QuarkusTest
@TestProfile(RateLimitTest.Profile.class)
@DisplayName("限流:每个 API 密钥、每个用户一个令牌桶,用尽后 429 附 Retry-After")
class RateLimitTest {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("compensation.rate-limit.burst", "3", "compensation.rate-limit.per-minute", "6");
        }
    }

    @Inject
    RateLimiter limiter;

    @Test
    @DisplayName("第 4 个请求 429 problem+json,Retry-After 为秒数;另一密钥、其他用户与匿名读取不受影响")
    void bucketPerPrincipal() {
        limiter.reset();
        String a = Auth.issueKey(Auth.unique("限流甲"));
        String b = Auth.issueKey(Auth.unique("限流乙"));
        for (int i = 0; i < 3; i++) {
            Auth.key(a).get("/api/v1/ledger/quotes").then().statusCode(200);
        }
        Auth.key(a).get("/api/v1/ledger/quotes").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .body("violations[0].rule", is("rate-limited"))
                .body("violations[0].messageZh", not(emptyOrNullString()));
        Auth.key(b).get("/api/v1/ledger/quotes").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            Auth.anonymous().get("/api/v1/schedules").then().statusCode(200);
        }
        limiter.reset();
    }

    @Test
    @DisplayName("用户同样限流")
    void usersToo() {
        limiter.reset();
        String user = Auth.unique("busy");
        String password = Auth.createUser(user, "auditor");
        for (int i = 0; i < 3; i++) {
            Auth.basic(user, password).get("/api/v1/ledger/verify").then().statusCode(200);
        }
        Auth.basic(user, password).get("/api/v1/ledger/verify").then().statusCode(429)
                .header("Retry-After", notNullValue());
        limiter.reset();
    }
}
