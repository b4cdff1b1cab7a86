package cn.wenshui.compensation.api.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import cn.wenshui.compensation.api.whatif.WhatIfProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * With a second schedule version loaded (the test fixture, in force from 2025-01-01; I-53), the schedule's rows,
 * facts and readings can be read for either version: an auditor re-checking a quote made under version 1 reads
 * version 1's rows, whatever is in force today. Version 1's numbers are the regulation's; version 2's the fixture's.
 */
@QuarkusTest
@TestProfile(WhatIfProfile.class)
class ScheduleVersionParamTest {
    static final String ROW = "/api/v1/schedules/wenzhengfa-2023-6/items/1-1.annex.brick-wood";

    @Test
    @DisplayName("一(一) 附属平房 砖木结构(含混合结构):第1版印「700 元 /m ²」,今日施行的测试修订版印 750;不指明版本即今日施行之版")
    void oneRowInEitherVersion() {
        given().queryParam("version", 1).get(ROW).then().statusCode(200)
                .body("printed", is("700 元 /m ²"))
                .body("price.amount", is(700));
        given().queryParam("version", 2).get(ROW).then().statusCode(200)
                .body("printed", is("750 元 /m ²"));
        given().get(ROW).then().statusCode(200)
                .body("printed", is("750 元 /m ²"));
    }

    @Test
    @DisplayName("按版本列出行、事实与解释:version=1 的列表、事实、解释均标明第1版")
    void listsFactsAndReadingsOfAVersion() {
        given().queryParam("version", 1).queryParam("section", "一(一)").queryParam("category", "附属平房")
                .get("/api/v1/schedules/wenzhengfa-2023-6/items").then().statusCode(200)
                .body("version", is(1))
                .body("count", is(4))
                .body("items.find { it.spec == '砖木结构(含混合结构)' }.printed", is("700 元 /m ²"));
        given().queryParam("version", 2).get("/api/v1/schedules/wenzhengfa-2023-6/items").then().statusCode(200)
                .body("version", is(2));
        given().queryParam("version", 1).get("/api/v1/schedules/wenzhengfa-2023-6/facts").then().statusCode(200)
                .body("version", is(1));
        given().queryParam("version", 1).get("/api/v1/schedules/wenzhengfa-2023-6/interpretations").then()
                .statusCode(200).body("size()", greaterThan(40));
    }

    @Test
    @DisplayName("未加载的版本:404 problem+json 指明 version;非正整数:400")
    void unknownOrBadVersion() {
        given().queryParam("version", 9).get(ROW).then().statusCode(404)
                .contentType("application/problem+json")
                .body("violations[0].field", is("version"))
                .body("violations[0].messageZh", containsString("没有第9版"));
        given().queryParam("version", 0).get("/api/v1/schedules/wenzhengfa-2023-6/items").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("version", "二").get("/api/v1/schedules/wenzhengfa-2023-6/facts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("version"));
    }
}
