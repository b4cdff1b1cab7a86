package cn.wenshui.compensation.api.whatif;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.security.Scope;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.QuoteEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The schedule versions, the what-if and the difference of two quotes through the API and pages, on a deployment
 * that added the fixture amendment (version 2). Expected amounts: version 1 from the regulation text (附属平房 框架结构
 * 1200/m², 砖木结构 700 元/m², 三(一) >30m² 10 元/m², 钢管机井 1100 元/m.深 and 100 元 more beyond 200 m), version 2
 * from the fixture's words (750, 1300, 12).
 */
@QuarkusTest
@TestProfile(WhatIfProfile.class)
@TestSecurity(user = "staff-test", roles = "staff")
class WhatIfApiTest {
    static final String V2 = "wenzhengfa-2023-6/2";
    /** Amounts read as written (1600.00), not as floats. */
    static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    LedgerService ledger;
    @Inject
    EngineRegistry registry;
    @Inject
    ObjectMapper mapper;

    String village;
    long h1;
    long h2;
    long h3;

    /** 砖木结构 10 m², 框架结构 10 m², 钢管机井 250 m, 建筑面积 50 m². */
    static String rich(String code, String village) {
        return """
                {"id": "%s", "headOfHousehold": "王五", "village": "%s", "demolishedBuildingAreaM2": 50,
                 "items": [{"ref": "A1", "code": "1-1.annex.brick-wood", "quantity": 10},
                           {"ref": "A2", "code": "1-1.annex.frame", "quantity": 10},
                           {"ref": "A3", "code": "1-1.well.steel-pipe", "quantity": 250}]}
                """.formatted(code, village);
    }

    static String small(String code, String village) {
        return """
                {"id": "%s", "headOfHousehold": "李四", "village": "%s",
                 "items": [{"ref": "A1", "code": "1-1.annex.frame", "quantity": 10}]}
                """.formatted(code, village);
    }

    @BeforeEach
    void caseload() throws Exception {
        village = "假如村" + System.nanoTime() % 1_000_000;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO household (code, head_name, village, group_name, state, created_at, created_by, "
                        + "updated_at, updated_by) VALUES (?, '王五', ?, '1组', 'APPRAISED', ?, 't', ?, 't')")) {
            for (String code : List.of("-1", "-2", "-3", "-4")) {
                ps.setString(1, village + code);
                ps.setString(2, village);
                ps.setObject(3, OffsetDateTime.now());
                ps.setObject(4, OffsetDateTime.now());
                ps.executeUpdate();
            }
        }
        // entries made under version 1 before the amendment was added (the engine of v1, as the ledger stores it)
        QuoteEngine v1 = registry.engine("wenzhengfa-2023-6", 1, registry.readings().asMap()).orElseThrow();
        LedgerService.Author author = new LedgerService.Author("staff-test", null, null, Scope.all());
        h1 = append(v1, author, rich(village + "-1", village));
        h2 = append(v1, author, small(village + "-2", village));
        // an entry made after the amendment: the engine new quotes use, version 2 by date (I-53)
        h3 = append(registry.current(), author, small(village + "-3", village));
    }

    @Test
    @DisplayName("解释I-53:加入修订版后,新报价按施行日期使用第2版,并在报价与响应头中写明所用版本")
    void newQuoteNamesItsVersion() {
        given().contentType(ContentType.JSON).body(small(village + "-9", village)).post("/api/v1/quotes")
                .then().statusCode(200).header("X-Schedule-Version", V2).body("scheduleVersion", is(2))
                .body("totalMax", is(13000.00f));
        given().get("/api/v1/ledger/quotes/" + h3).then().statusCode(200).body("scheduleVersion", is(2));
    }

    private long append(QuoteEngine engine, LedgerService.Author author, String json) throws Exception {
        Household h = mapper.readValue(json, Household.class);
        return ledger.append(h, engine.quote(h), engine, author, null, null).entry().id();
    }

    private long entries() throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM ledger_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private JsonPath whatIf(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/what-if").then().statusCode(200)
                .extract().jsonPath().using(DECIMALS);
    }

    @Test
    @DisplayName("GET /api/v1/schedules 列出两个版本及其有效期:第1版施行至2024-12-31,测试修订版自2025-01-01起施行")
    void schedulesListed() {
        JsonPath p = given().get("/api/v1/schedules").then().statusCode(200).extract().jsonPath().using(DECIMALS);
        assertThat(p.getList("version", Integer.class)).containsExactly(1, 2);
        assertThat(p.getString("[0].validFrom")).isEqualTo("2023-05-20");
        assertThat(p.getString("[0].validUntil")).isEqualTo("2024-12-31");
        assertThat(p.getBoolean("[0].current")).isFalse();
        assertThat(p.getBoolean("[0].fixture")).isFalse();
        assertThat(p.getString("[1].validFrom")).isEqualTo("2025-01-01");
        assertThat(p.getString("[1].validUntil")).isNull();
        assertThat(p.getBoolean("[1].current")).isTrue();
        assertThat(p.getBoolean("[1].fixture")).isTrue();
        given().get("/api/v1/schedules").then().header("X-Schedule-Version", V2);
    }

    @Test
    @DisplayName("第1版下记入台账的记录,在加载第2版后仍按第1版重算并校验通过")
    void versionOneEntryStillVerifies() {
        given().contentType(ContentType.JSON).post("/api/v1/ledger/quotes/" + h1 + "/verify").then().statusCode(200)
                .body("valid", is(true)).body("quoteReproduced", is(true));
        given().get("/api/v1/ledger/quotes/" + h1).then().statusCode(200).body("scheduleVersion", is(1));
        given().contentType(ContentType.JSON).post("/api/v1/ledger/quotes/" + h3 + "/verify").then().statusCode(200).body("valid", is(true));
    }

    @Test
    @DisplayName("假如改按第2版:第1版的两户按数据变动(砖木 7000→7500,框架 12000→13000,三(一) 500→600),已按第2版的一户不变,台账不写入")
    void whatIfUnderVersionTwo() throws Exception {
        long before = entries();
        JsonPath p = whatIf(Map.of("schedule", V2, "village", village));
        assertThat(entries()).isEqualTo(before);
        assertThat(p.getInt("households")).isEqualTo(3);
        assertThat(p.getInt("changed")).isEqualTo(2);
        assertThat(p.getString("scenario.schedule")).isEqualTo(V2);
        Map<String, Object> one = p.getMap("items.find { it.code == '" + village + "-1' }");
        assertThat(one.get("scheduleBefore")).isEqualTo("wenzhengfa-2023-6/1");
        assertThat(one.get("scheduleAfter")).isEqualTo(V2);
        assertThat(p.getString("items.find { it.code == '" + village + "-1' }.difference.max")).isEqualTo("1600.00");
        assertThat(p.getList("items.find { it.code == '" + village + "-1' }.lines.diff.code", String.class))
                .containsExactlyInAnyOrder("1-1.annex.brick-wood", "1-1.annex.frame", "3-1.moving-subsidy");
        assertThat(p.getString("items.find { it.code == '" + village + "-1' }.lines.find { it.diff.code == "
                + "'1-1.annex.brick-wood' }.diff.after.amountMax")).isEqualTo("7500.00");
        assertThat(p.getString("items.find { it.code == '" + village + "-1' }.lines.find { it.diff.code == "
                + "'1-1.annex.brick-wood' }.causes[0].kind")).isEqualTo("schedule");
        assertThat(p.getString("items.find { it.code == '" + village + "-2' }.difference.max")).isEqualTo("1000.00");
        assertThat(p.getBoolean("items.find { it.code == '" + village + "-3' }.changed")).isFalse();
        assertThat(p.getString("total.difference.min")).isEqualTo("2600.00");
        assertThat(p.getString("total.difference.max")).isEqualTo("2600.00");
        assertThat(p.getString("villages[0].difference.max")).isEqualTo("2600.00");
        assertThat(p.getString("sections.find { it.key == '三(一)' }.difference.max")).isEqualTo("100.00");
    }

    @Test
    @DisplayName("解释I-07 改为 MARGINAL:只有250米钢管机井的一户变动,250×1200=300000 → 200×1100+50×1200=280000")
    void whatIfReadingChangesOnlyTheCitingHousehold() {
        JsonPath p = whatIf(Map.of("readings", Map.of("machine-well-beyond-200m", "MARGINAL"), "village", village));
        assertThat(p.getInt("changed")).isEqualTo(1);
        String one = "items.find { it.code == '" + village + "-1' }";
        assertThat(p.getBoolean(one + ".changed")).isTrue();
        assertThat(p.getString(one + ".difference.max")).isEqualTo("-20000.00");
        assertThat(p.getString(one + ".lines[0].diff.before.amountMax")).isEqualTo("300000.00");
        assertThat(p.getString(one + ".lines[0].diff.after.amountMax")).isEqualTo("280000.00");
        assertThat(p.getString(one + ".lines[0].causes[0].interpretation")).isEqualTo("I-07");
        assertThat(p.getString(one + ".lines[0].causes[0].to")).isEqualTo("MARGINAL");
        assertThat(p.getString(one + ".scheduleAfter")).isEqualTo("wenzhengfa-2023-6/1");
    }

    @Test
    @DisplayName("两份报价之差:两条台账记录,及一条记录与其按第2版的假如重算")
    void differenceOfTwoQuotes() {
        JsonPath p = given().queryParam("from", h2).queryParam("to", h3).get("/api/v1/diff").then().statusCode(200)
                .extract().jsonPath().using(DECIMALS);
        assertThat(p.getString("from.schedule")).isEqualTo("wenzhengfa-2023-6/1");
        assertThat(p.getString("to.schedule")).isEqualTo(V2);
        assertThat(p.getString("diff.totalDifference.max")).isEqualTo("1000.00");
        assertThat(p.getString("lines[0].diff.changedFields")).contains("unitPriceMin");
        assertThat(p.getString("lines[0].causes[0].kind")).isEqualTo("schedule");
        JsonPath q = given().queryParam("from", h1).queryParam("schedule", V2)
                .queryParam("readings", "machine-well-beyond-200m:MARGINAL").get("/api/v1/diff").then()
                .statusCode(200).extract().jsonPath().using(DECIMALS);
        assertThat(q.getString("to.scenario.schedule")).isEqualTo(V2);
        assertThat(q.getString("diff.totalDifference.max")).isEqualTo("-18400.00"); // +1600 by the data, −20000 by I-07
        given().queryParam("from", h2).queryParam("to", h3).get("/diff").then().statusCode(200)
                .body(containsString("逐行变动")).body(containsString("print-button"));
    }

    @Test
    @DisplayName("页面 /what-if 画出各村图表,导出的工作簿可读回")
    void pageAndWorkbook() throws Exception {
        given().queryParam("run", "1").queryParam("schedule", V2).queryParam("village", village).get("/what-if")
                .then().statusCode(200).body(containsString("whatif-chart")).body(containsString(village + "-1"));
        given().get("/what-if").then().statusCode(200).body(containsString("machine-well-beyond-200m"));
        given().queryParam("run", "1").queryParam("r.subsidy-cliff", "GENEROUS").get("/what-if").then()
                .statusCode(200).body(containsString("没有选项「GENEROUS」"));
        byte[] xlsx = given().queryParam("schedule", V2).queryParam("village", village).get("/what-if/export").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet h = wb.getSheet("分户");
            assertThat(h.getLastRowNum()).isEqualTo(3);
            assertThat(wb.getSheet("变动明细").getLastRowNum()).isEqualTo(4);
        }
        byte[] api = given().contentType(ContentType.JSON).body(Map.of("schedule", V2, "village", village))
                .post("/api/v1/what-if/export").then().statusCode(200).extract().asByteArray();
        assertThat(api.length).isGreaterThan(1000);
    }

    @Test
    @DisplayName("错误输入:未知解释开关或选项、未加载的版本 → 422;状态、记录编号格式 → 400;均为 problem+json")
    void badInput() {
        given().contentType(ContentType.JSON).body(Map.of("readings", Map.of("no-such", "X"))).post("/api/v1/what-if")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", is("readings.no-such")).body("violations[0].rule", is("unknown-reading"));
        given().contentType(ContentType.JSON).body(Map.of("readings", Map.of("subsidy-cliff", "GENEROUS")))
                .post("/api/v1/what-if").then().statusCode(422).body("violations[0].rule", is("unknown-option"));
        given().contentType(ContentType.JSON).body(Map.of("schedule", "wenzhengfa-2023-6/9")).post("/api/v1/what-if")
                .then().statusCode(422).body("violations[0].field", is("schedule"));
        given().contentType(ContentType.JSON).body(Map.of("state", "NOPE")).post("/api/v1/what-if")
                .then().statusCode(400).body("violations[0].field", is("state"));
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/what-if").then().statusCode(400);
        given().queryParam("from", "abc").get("/api/v1/diff").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("from"));
        given().queryParam("from", 99_999_999).queryParam("to", h1).get("/api/v1/diff").then().statusCode(422)
                .body("violations[0].field", is("from"));
        given().queryParam("from", h1).queryParam("readings", "nocolon").get("/api/v1/diff").then().statusCode(400)
                .body("violations[0].field", is("readings"));
    }

    @Test
    @TestSecurity(user = "auditor-test", roles = "auditor")
    @DisplayName("审计人员可作假如测算、看差异与页面")
    void auditorAllowed() {
        given().contentType(ContentType.JSON).body(Map.of("village", village)).post("/api/v1/what-if").then()
                .statusCode(200);
        given().queryParam("from", h1).queryParam("to", h2).get("/api/v1/diff").then().statusCode(200);
        given().get("/what-if").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "firm-test", roles = "appraiser")
    @DisplayName("评估机构不得作假如测算或看差异:403")
    void appraiserRefused() {
        given().contentType(ContentType.JSON).body(Map.of("village", village)).post("/api/v1/what-if").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/what-if/export").then().statusCode(403);
        given().queryParam("from", h1).queryParam("to", h2).get("/api/v1/diff").then().statusCode(403);
        given().get("/what-if").then().statusCode(403);
        given().get("/diff").then().statusCode(403);
    }

    @Test
    @TestSecurity
    @DisplayName("未登录:401")
    void anonymousRefused() {
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/what-if").then().statusCode(401);
        given().queryParam("from", 1).get("/api/v1/diff").then().statusCode(401);
    }
}
