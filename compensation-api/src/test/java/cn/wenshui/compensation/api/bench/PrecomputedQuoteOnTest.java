package cn.wenshui.compensation.api.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PrecomputedQuoteOnTest.On.class)
@DisplayName("测量用的预先计算报价端点:设置后原样发送文件字节,登录规则与报价端点相同")
class PrecomputedQuoteOnTest {
    static final String ANSWER = "{\"householdId\":\"B-2\",\"lines\":[],\"说明\":\"预先计算\"}";

    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path file = Files.createTempFile("precomputed-quote", ".json");
                file.toFile().deleteOnExit();
                Files.writeString(file, ANSWER, StandardCharsets.UTF_8);
                return Map.of("compensation.bench.precomputed-quote", file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    @DisplayName("已登录:200,正文与文件逐字节相同,application/json")
    void sendsTheFileAsItIs() {
        byte[] body = given().auth().preemptive().basic("admin-test", "admin-test-password")
                .contentType(ContentType.JSON).body("{\"id\": \"B-2\"}")
                .post("/api/v1/bench/precomputed-quote").then().statusCode(200)
                .contentType("application/json").extract().asByteArray();
        assertThat(body).isEqualTo(ANSWER.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("未登录:401,与报价端点相同")
    void needsTheQuoteLogin() {
        given().contentType(ContentType.JSON).body("{\"id\": \"B-3\"}")
                .post("/api/v1/bench/precomputed-quote").then().statusCode(401);
    }
}
