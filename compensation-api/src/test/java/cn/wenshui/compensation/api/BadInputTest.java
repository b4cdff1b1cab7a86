package cn.wenshui.compensation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad request: a 4xx problem+json naming the field and the rule, never a 500. */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("错误请求:一律 4xx problem+json,指明字段与规则")
class BadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            JSON 格式错误                  | {"id": "B"                                                        | 400 | $                      | malformed-json
            不是 JSON 对象                 | [1, 2, 3]                                                         | 400 | $                      | wrong-type
            未知字段                       | {"id": "B", "colour": "red"}                                      | 400 | colour                 | unknown-field
            数量类型错误(字符串)           | {"id": "B", "items": [{"code": "1-1.annex.frame", "quantity": "ten"}]} | 400 | items[0].quantity | wrong-type
            数量为字符串数字               | {"id": "B", "items": [{"code": "1-1.annex.frame", "quantity": "10"}]} | 400 | items[0].quantity | wrong-type
            NaN                            | {"id": "B", "items": [{"code": "1-1.annex.frame", "quantity": NaN}]}   | 400 | items[0]          | malformed-json
            日期格式错误                   | {"id": "B", "dates": {"movedOut": "2023-13-45"}}                  | 400 | dates.movedOut         | wrong-type
            布尔类型错误                   | {"id": "B", "soleDwelling": "yes"}                                | 400 | soleDwelling           | wrong-type
            数字过长                       | {"id": "B", "demolishedBuildingAreaM2": 1234567890123456789012345678901234567890123} | 400 | $ | too-large
            尾随内容                       | {"id": "B"} {"id": "C"}                                           | 400 | $                      | malformed-json
            负数量                         | {"id": "B", "items": [{"code": "1-1.annex.frame", "quantity": -5}]}    | 422 | items[0].quantity | must-be-positive
            零数量                         | {"id": "B", "items": [{"code": "1-1.annex.frame", "quantity": 0}]}     | 422 | items[0].quantity | must-be-positive
            荒谬的数量                     | {"id": "B", "items": [{"code": "1-1.annex.frame", "quantity": 1e12}]}  | 422 | items[0].quantity | absurd-value
            过多小数                       | {"id": "B", "items": [{"code": "1-1.annex.frame", "quantity": 1.000001}]} | 422 | items[0].quantity | too-many-decimals
            缺少数量                       | {"id": "B", "items": [{"code": "1-1.annex.frame"}]}                    | 422 | items[0].quantity | required
            未知编码                       | {"id": "B", "items": [{"code": "9-9.pool", "quantity": 1}]}            | 422 | items[0].code     | unknown-code
            缺少住户编号                   | {"items": []}                                                      | 422 | id                     | required
            签约日期荒谬(+999999999年)     | {"id": "B", "dates": {"agreementSigned": "+999999999-12-31", "compensationPaid": "2023-07-05"}} | 422 | dates.agreementSigned | date-out-of-range
            付款日期荒谬(+999999999年)     | {"id": "B", "dates": {"agreementSigned": "2023-07-01", "compensationPaid": "+999999999-12-31"}} | 422 | dates.compensationPaid | date-out-of-range
            搬迁日期早于1900年             | {"id": "B", "dates": {"agreementSigned": "2023-07-01", "compensationPaid": "2023-07-05", "movedOut": "1899-12-31"}} | 422 | dates.movedOut | date-out-of-range
            """)
    @DisplayName("报价请求体")
    void quoteBodies(String name, String body, int status, String field, String rule) {
        post(body).statusCode(status).contentType("application/problem+json")
                .body("status", is(status))
                .body("type", startsWith("/problems/"))
                .body("title", not(emptyOrNullString()))
                .body("violations.field", hasItem(field))
                .body("violations.rule", hasItem(rule))
                .body("violations[0].messageZh", not(emptyOrNullString()))
                .body("violations[0].messageEn", not(emptyOrNullString()))
                .body(not(containsString("Exception")));
    }

    @ParameterizedTest(name = "{0}: agreementSigned {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/quotes        | +999999999-12-31
            /api/v1/ledger/quotes | +999999999-12-31
            /api/v1/quotes        | -999999999-01-01
            /api/v1/ledger/quotes | 1899-12-31
            """)
    @DisplayName("三(三) 荒谬日期:报价与台账一律 422 指明 dates.agreementSigned,绝不500(解释I-32)")
    void absurdDatesOnEveryPath(String path, String date) {
        String body = "{\"id\": \"B\", \"dates\": {\"agreementSigned\": \"" + date
                + "\", \"compensationPaid\": \"2023-07-05\", \"movedOut\": \"2023-08-01\"}}";
        given().contentType("application/json").body(body).post(path).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("dates.agreementSigned"))
                .body("violations.rule", hasItem("date-out-of-range"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("三(三) 荒谬日期在评估报告审核中:不是500,审核结果以错误指明 household.dates.compensationPaid")
    void absurdDateInAnAudit() {
        String report = """
                {"firm": "某评估公司", "reportId": "R-D",
                 "household": {"id": "A-1", "dates": {"agreementSigned": "2023-07-01",
                   "compensationPaid": "+999999999-12-31"}},
                 "lines": [{"ref": "1", "code": "1-1.annex.brick-wood", "quantity": 10, "unitPrice": 700,
                   "amount": 7000}],
                 "statedTotal": 7000}
                """;
        given().contentType("application/json").body(report).post("/api/v1/audits").then()
                .statusCode(lessThan(500))
                .body(containsString("household.dates.compensationPaid"))
                .body(containsString("2100-12-31"));
    }

    @ParameterizedTest(name = "嵌套 {0} 层")
    @CsvSource({"100", "5000"})
    @DisplayName("过深嵌套:400")
    void deepNesting(int depth) {
        String body = "{\"id\": \"B\", \"items\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        post(body).statusCode(400).contentType("application/problem+json");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("空请求体:400;非 JSON 内容类型:415;超过 1 MiB:413")
    void bodyAndMediaType() {
        given().contentType("application/json").post("/api/v1/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].rule", is("body-required"));
        given().contentType("text/plain").body("hello").post("/api/v1/quotes").then().statusCode(415)
                .contentType("application/problem+json");
        String big = "{\"id\": \"B\", \"headOfHousehold\": \"" + "x".repeat(1_100_000) + "\"}";
        given().contentType("application/json").body(big).post("/api/v1/quotes").then().statusCode(413)
                .contentType("application/problem+json").body("violations[0].rule", is("body-too-large"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("错误的查询参数与路径:400/404/405,服务随后仍正常应答")
    void paramsAndPaths() {
        given().queryParam("from", "yesterday").get("/api/v1/ledger/quotes").then().statusCode(400)
                .body("violations[0].field", is("from"));
        given().queryParam("page", -1).get("/api/v1/ledger/quotes").then().statusCode(400);
        given().get("/api/v1/ledger/quotes/abc").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/quotes").then().statusCode(405).contentType("application/problem+json");
        given().contentType("application/json").header("Idempotency-Key", "has space")
                .body(Households.small("B", "堡子村")).post("/api/v1/quotes?persist=true").then().statusCode(400);
        given().get("/api/v1/schedules").then().statusCode(200);
    }

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).post("/api/v1/quotes").then();
    }
}
