package cn.wenshui.compensation.api.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("测量用的预先计算报价端点:默认关闭")
class PrecomputedQuoteOffTest {

    @Test
    @DisplayName("compensation.bench.precomputed-quote 未设置:已登录也是 404 problem+json,如同不存在的路径")
    void offByDefault() {
        given().auth().preemptive().basic("admin-test", "admin-test-password").contentType(ContentType.JSON)
                .body("{\"id\": \"B-1\"}").post("/api/v1/bench/precomputed-quote").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }
}
