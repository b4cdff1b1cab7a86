package cn.wenshui.compensation.api.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 item 8: GET /api/v1/schedules/{id}/items?q= finds rows by everyday words, the exact name first. */
@QuarkusTest
@DisplayName("GET /api/v1/schedules/{id}/items?q=:日常用语与精确名称优先")
class ScheduleSearchApiTest {
    static final String ITEMS = "/api/v1/schedules/wenzhengfa-2023-6/items";

    @Test
    @DisplayName("「桃树」第一行是「杏树、桃树」(不是「核桃树」);「院墙」找到三种围墙;「猪圈」找到(简易)猪、羊圈")
    void everydayWordsAndExactNames() {
        given().queryParam("q", "桃树").get(ITEMS).then().statusCode(200)
                .body("items[0].code", is("2-1.fruit.apricot-peach"))
                .body("items.code", hasItems("2-1.fruit.walnut"));
        given().queryParam("q", "院墙").get(ITEMS).then().statusCode(200)
                .body("items.code", hasItems("1-1.wall.brick", "1-1.wall.earth", "1-1.wall.stone"));
        given().queryParam("q", "猪圈").queryParam("section", "一(三)").get(ITEMS).then().statusCode(200)
                .body("items.code", hasItems("1-3.pig-sheep-pen.earth", "1-3.pig-sheep-pen.brick-stone"));
        given().queryParam("q", "　榆树　").get(ITEMS).then().statusCode(200)
                .body("items[0].code", is("2-2.timber.other"));
    }
}
