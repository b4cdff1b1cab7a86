package cn.wenshui.compensation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("GET /api/v1/schedules: 补偿标准查询")
class ScheduleResourceTest {

    @Test
    @DisplayName("列出补偿标准:文号、成文日期、行数、所用解释")
    void list() {
        given().get("/api/v1/schedules").then().statusCode(200)
                .header("X-Schedule-Version", "wenzhengfa-2023-6/1")
                .header("X-Engine-Version", notNullValue())
                .body("[0].id", is("wenzhengfa-2023-6"))
                .body("[0].documentNumber", is("文政发〔2023〕6号"))
                .body("[0].issued", is("2023-05-20"))
                .body("[0].itemCount", greaterThan(150))
                .body("[0].readings.'machine-well-beyond-200m'", is("WHOLE_DEPTH"));
    }

    @Test
    @DisplayName("按条款、种类筛选:一(一) 附属平房 四行,文字与印刷一致")
    void filterBySectionAndCategory() {
        given().queryParam("section", "一(一)").queryParam("category", "附属平房")
                .get("/api/v1/schedules/wenzhengfa-2023-6/items").then().statusCode(200)
                .body("count", is(4))
                .body("items.spec", hasItems("砖木结构(含混合结构)", "砖混结构", "框架结构", "钢结构"))
                .body("items.find { it.spec == '砖混结构' }.printed", is("700-800 元 /m ²"))
                .body("items.find { it.spec == '砖混结构' }.price.type", is("range"))
                .body("items.find { it.spec == '砖混结构' }.needs", hasItem("appraisedUnitPrice?"));
    }

    @Test
    @DisplayName("分档行给出印刷分档与解释后实际适用的区间:菜窖 深1.2m 归入较低一档")
    void tiersWithBounds() {
        given().get("/api/v1/schedules/wenzhengfa-2023-6/items/1-1.cellar.brick-stone").then().statusCode(200)
                .body("price.type", is("tiers"))
                .body("price.measure", is("depthM"))
                .body("appliedTiers[0].printed", is("深 1.2m 以下"))
                .body("appliedTiers[0].bounds", is("(-∞, 1.2]"))
                .body("appliedTiers[1].bounds", is("(1.2, 1.5]"))
                .body("needs", hasItem("measurements.depthM"));
    }

    @Test
    @DisplayName("自由文本查找:「洁具」找到卫生洁具两行")
    void freeText() {
        given().queryParam("q", "洁具").get("/api/v1/schedules/wenzhengfa-2023-6/items").then().statusCode(200)
                .body("count", is(2));
    }

    @Test
    @DisplayName("解释条目:四十五条,I-07 机井默认整口按1200元/米,另有两种读法")
    void interpretations() {
        given().get("/api/v1/schedules/wenzhengfa-2023-6/interpretations").then().statusCode(200)
                .body("size()", is(45))
                .body("find { it.id == 'I-07' }.options", contains("WHOLE_DEPTH", "MARGINAL",
                        "PLUS_100_PER_EXTRA_METRE"));
    }

    @Test
    @DisplayName("未知标准与未知编码:404 problem+json")
    void notFound() {
        given().get("/api/v1/schedules/nope/items").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404))
                .body("violations[0].messageZh", containsString("nope"));
        given().get("/api/v1/schedules/wenzhengfa-2023-6/items/9-9.none").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
