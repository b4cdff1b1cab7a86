package cn.wenshui.compensation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("POST /api/v1/quotes: 住户报价")
class QuoteResourceTest {

    @Test
    @DisplayName("完整住户往返:各行金额、条款、面积置换、补助、奖励、待评估事项与区间合计")
    void roundTrip() {
        given().contentType(ContentType.JSON).body(Households.typical("Q-1"))
                .post("/api/v1/quotes").then().statusCode(200)
                .header("X-Schedule-Version", "wenzhengfa-2023-6/1")
                .body("householdId", is("Q-1"))
                .body("lines.find { it.code == '1-1.annex.brick-concrete' }.amountMin", is(35000.00f))
                .body("lines.find { it.code == '1-1.annex.brick-concrete' }.amountMax", is(40000.00f))
                .body("lines.find { it.code == '1-1.annex.brick-concrete' }.status", is("RANGE"))
                .body("lines.find { it.code == '2-1.fruit.walnut' }.amountMin", is(1500.00f))
                .body("lines.find { it.code == '3-2.settlement' }.amountMin", is(4464.00f))
                .body("lines.find { it.code == '3-2.settlement' }.interpretations", hasItem("I-09"))
                .body("lines.find { it.code == '3-3.incentive' }.amountMin", is(50000.00f))
                .body("areaSwaps.find { it.code == '1-1.swap.homestead' }.swapAreaM2", is(80.00f))
                .body("pending[0].code", is("1-1.basement"))
                .body("incentive.status", is("DECIDED"))
                .body("incentive.dayNumber", is(30))
                .body("totalMin", is(91274.00f))
                .body("totalMax", is(96274.00f));
    }

    @Test
    @DisplayName("没有搬迁日期时给出两个期限:2023-08-04 前5万元、2023-08-19 前3万元")
    void deadlinesWithoutMoveOut() {
        String body = Households.typical("Q-2").replace(", \"movedOut\": \"2023-08-04\"", "");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/quotes").then().statusCode(200)
                .body("incentive.status", is("AWAITING_MOVE_OUT"))
                .body("incentive.fullDeadline", is("2023-08-04"))
                .body("incentive.reducedDeadline", is("2023-08-19"))
                .body("totalMin", is(41274.00f));
    }

    @Test
    @DisplayName("违反标准的清单:422,逐项指出字段与规则(中英文)")
    void invalidInventory() {
        String body = """
                {"id": "Q-3", "items": [
                  {"code": "1-1.annex.brick-concrete", "quantity": 10, "appraisedUnitPrice": 850},
                  {"code": "1-1.cellar.brick-stone", "quantity": 5},
                  {"code": "no.such.code", "quantity": 1}]}""";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/quotes").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/invalid-inventory"))
                .body("violations.field", hasItems("items[0].appraisedUnitPrice", "items[1].measurements.depthM",
                        "items[2].code"))
                .body("violations.rule", hasItems("price-outside-range", "measurement-required", "unknown-code"))
                .body("violations[0].messageZh", not(emptyOrNullString()))
                .body("violations[0].messageEn", not(emptyOrNullString()));
    }

    @Test
    @DisplayName("运维端点:OpenAPI、健康检查(含数据库)、Prometheus 指标")
    void operations() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/quotes"));
        given().get("/q/health").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
