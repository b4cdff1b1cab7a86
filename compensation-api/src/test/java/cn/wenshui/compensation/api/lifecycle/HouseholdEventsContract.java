package cn.wenshui.compensation.api.lifecycle;

import static cn.wenshui.compensation.api.lifecycle.EventFixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A household's events over HTTP, on H2 and on PostgreSQL, under the default readings (I-10 START_IS_DAY_0, I-33
 * CALENDAR_DAYS, I-34 LAST_INSTALMENT). Amounts are the regulation's: 三(三) 「30 日内…5 万元」「45 日内…3 万元」
 * 「超出规定时间(45 日内)搬迁的不享受奖励政策」.
 */
abstract class HouseholdEventsContract {
    @Inject
    AgroalDataSource dataSource;

    /** Signed 2023-07-01, paid in full 2023-07-05 (the start, day 0), moved out on {@code moved}. */
    private String movedOn(String moved) throws Exception {
        String code = household(dataSource, null);
        quote(code);
        published(code);
        ok(code, "SIGNED", "2023-07-01", null);
        ok(code, "PAYMENT", "2023-07-05", "\"amount\": 12000, \"final\": true");
        ok(code, "MOVED_OUT", moved, null);
        return code;
    }

    private static JsonPath currentEntry(String code) {
        long id = events(code, null).then().statusCode(200).extract().jsonPath().getLong("currentEntry");
        return staff().get("/api/v1/ledger/quotes/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("付款请求重发(同一 Idempotency-Key):只记一笔,重发答 200 并给出第一次的事件;同键不同请求 → 422")
    void aRetriedPaymentIsRecordedOnce() throws Exception {
        String code = household(dataSource, null);
        quote(code);
        published(code);
        ok(code, "SIGNED", "2023-07-01", null);
        String body = "{\"kind\": \"PAYMENT\", \"date\": \"2023-07-05\", \"amount\": 6000}";
        long seq = staff().header("Idempotency-Key", "pay-1").contentType(ContentType.JSON).body(body)
                .post("/api/v1/households/" + code + "/events").then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().jsonPath().getLong("event.seq");
        staff().header("Idempotency-Key", "pay-1").contentType(ContentType.JSON)
                .body(body.replace("6000", "6000.00")).post("/api/v1/households/" + code + "/events").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("event.seq", equalTo((int) seq))
                .body("state", equalTo("PARTLY_PAID"));
        staff().header("Idempotency-Key", "pay-1").contentType(ContentType.JSON).body(body.replace("6000", "7000"))
                .post("/api/v1/households/" + code + "/events").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].rule", equalTo("idempotency-key-reused"));
        List<Map<String, Object>> payments = events(code, null).then().statusCode(200).extract().jsonPath()
                .getList("events.findAll { it.kind == 'PAYMENT' }");
        assertThat(payments).hasSize(1);
    }

    @Test
    @DisplayName("已建档住户的报价日期取自事件:不填 → 事件的日期;相同 → 照收;不同 → 422 dates-from-events,台账不变")
    void aFiledHouseholdsQuoteTakesItsDatesFromItsEvents() throws Exception {
        String code = household(dataSource, null);
        published(code);
        // signed and paid before any quote: the first quote waits for nothing typed
        ok(code, "SIGNED", "2023-07-01", null);
        ok(code, "PAYMENT", "2023-07-05", "\"amount\": 12000, \"final\": true");
        long first = quote(code);
        JsonPath entry = staff().get("/api/v1/ledger/quotes/" + first).then().statusCode(200).extract().jsonPath();
        assertThat(entry.getString("input.dates.agreementSigned")).isEqualTo("2023-07-01");
        assertThat(entry.getString("input.dates.compensationPaid")).isEqualTo("2023-07-05");
        assertThat(entry.getString("quote.incentive.fullDeadline")).isEqualTo("2023-08-04");

        String typed = """
                {"id": "%s", "headOfHousehold": "李四", "village": "堡子村",
                 "items": [{"code": "1-1.annex.frame", "quantity": 10}],
                 "dates": {"agreementSigned": "2023-07-01", "compensationPaid": "%s"}}""";
        staff().contentType(ContentType.JSON).body(typed.formatted(code, "2023-07-20"))
                .post("/api/v1/ledger/quotes?supersedes=" + first).then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("dates")).body("violations[0].rule", equalTo("dates-from-events"));
        assertThat(events(code, null).then().extract().jsonPath().getLong("currentEntry")).isEqualTo(first);
        staff().contentType(ContentType.JSON).body(typed.formatted(code, "2023-07-05"))
                .post("/api/v1/ledger/quotes?supersedes=" + first).then().statusCode(201);
    }

    @ParameterizedTest(name = "搬迁于 {0}(第 {1} 日)→ {2} 元")
    @CsvSource({"2023-08-04, 30, 50000", "2023-08-05, 31, 30000", "2023-08-19, 45, 30000", "2023-08-20, 46, 0"})
    @DisplayName("三(三) 第30日 5万元、第31日 3万元、第45日 3万元、第46日 0:搬迁交房事件决定当前报价的奖励,奖励核定记录该金额")
    void incentiveEdges(String moved, long day, long amount) throws Exception {
        String code = movedOn(moved);
        JsonPath entry = currentEntry(code);
        assertThat(entry.getString("input.dates.agreementSigned")).isEqualTo("2023-07-01");
        assertThat(entry.getString("input.dates.compensationPaid")).isEqualTo("2023-07-05");
        assertThat(entry.getString("input.dates.movedOut")).isEqualTo(moved);
        assertThat(entry.getLong("quote.incentive.dayNumber")).isEqualTo(day);
        assertThat(new BigDecimal(entry.getString("quote.incentive.amount"))).isEqualByComparingTo(BigDecimal.valueOf(amount));
        assertThat(entry.getString("operator")).contains("搬迁交房").contains(moved);

        JsonPath decided = event(code, "INCENTIVE_DECIDED", "2023-08-25", null).then().statusCode(201)
                .body("state", is("INCENTIVE_DECIDED")).body("stateLabel", is("奖励已核定"))
                .extract().jsonPath();
        assertThat(new BigDecimal(decided.getString("event.amount"))).isEqualByComparingTo(BigDecimal.valueOf(amount));
        assertThat(decided.getLong("event.ledgerEntry")).isEqualTo(entry.getLong("id"));
        ok(code, "ARCHIVED", "2023-09-01", null);
        events(code, null).then().body("state", is("ARCHIVED")).body("allowedNext", empty());
    }

    @Test
    @DisplayName("三(三) 签约、付款、搬迁各重出一次报价,新记录更正旧记录(supersedes),历史可见缘由")
    void eachDatingEventSupersedes() throws Exception {
        String code = household(dataSource, null);
        long first = quote(code);
        published(code);
        JsonPath signed = event(code, "SIGNED", "2023-07-01", null).then().statusCode(201)
                .body("supersededEntry", is((int) first)).extract().jsonPath();
        long second = signed.getLong("reissuedEntry");
        JsonPath paid = event(code, "PAYMENT", "2023-07-05", "\"amount\": 12000.00, \"final\": true").then()
                .statusCode(201).body("state", is("PAID")).body("supersededEntry", is((int) second))
                .extract().jsonPath();
        long third = paid.getLong("reissuedEntry");
        staff().get("/api/v1/ledger/quotes/" + third).then().statusCode(200).body("supersedes", is((int) second))
                .body("quote.incentive.status", is("AWAITING_MOVE_OUT"))
                .body("operator", containsString("付款"));
        assertThat(((Number) staff().get("/api/v1/ledger/quotes/" + third).jsonPath().get("totalMin")).doubleValue())
                .isEqualTo(12000.0); // not moved yet: no 三(三) line, the deadlines are given instead
    }

    @Test
    @DisplayName("三(三) 截止日与剩余天数:付清于2023-07-05,截至2023-07-25 第30日为2023-08-04(剩10日)、第45日为2023-08-19(剩25日)")
    void deadlinesAsOf() throws Exception {
        String code = household(dataSource, null);
        published(code);
        ok(code, "SIGNED", "2023-07-01", null);
        ok(code, "PAYMENT", "2023-07-05", "\"amount\": 12000, \"final\": true");
        events(code, "2023-07-25").then().statusCode(200)
                .body("state", is("PAID"))
                .body("incentive.status", is("AWAITING_MOVE_OUT"))
                .body("incentive.startDate", is("2023-07-05"))
                .body("incentive.fullDeadline", is("2023-08-04"))
                .body("incentive.reducedDeadline", is("2023-08-19"))
                .body("incentive.daysLeftFull", is(10))
                .body("incentive.daysLeftReduced", is(25))
                .body("incentive.holidayReading", is("CALENDAR_DAYS"))
                .body("currentEntry", nullValue());
    }

    @Test
    @DisplayName("解释I-33 CALENDAR_DAYS:第45日2023-08-19为周六,期限不顺延,2023-08-20搬迁无奖励")
    void holidayCalendarDays() throws Exception {
        String code = movedOn("2023-08-20");
        events(code, null).then().body("incentive.status", is("DECIDED")).body("incentive.reducedDeadline",
                is("2023-08-19")).body("incentive.amount", is(0.0f));
    }

    @Test
    @DisplayName("解释I-34 LAST_INSTALMENT:分期付款,付清之日起算;未付清前奖励未起算,报价不重出")
    void instalmentsLast() throws Exception {
        String code = household(dataSource, null);
        quote(code);
        published(code);
        ok(code, "SIGNED", "2023-07-01", null);
        event(code, "PAYMENT", "2023-07-05", "\"amount\": 6000").then().statusCode(201)
                .body("state", is("PARTLY_PAID")).body("reissuedEntry", nullValue());
        events(code, null).then().body("incentive.status", is("NOT_STARTED"))
                .body("dates.compensationPaid", nullValue());
        ok(code, "PAYMENT", "2023-07-20", "\"amount\": 6000, \"final\": true");
        ok(code, "MOVED_OUT", "2023-08-10", null);
        // from 2023-07-20 (付清): 2023-08-10 is day 21 → 「30 日内…5 万元」
        events(code, null).then().body("dates.compensationPaid", is("2023-07-20"))
                .body("incentive.dayNumber", is(21)).body("incentive.amount", is(50000.00f));
        event(code, "PAYMENT", "2023-08-11", "\"amount\": 1").then().statusCode(422)
                .body("violations[0].rule", is("event-out-of-order"));
    }

    @Test
    @DisplayName("顺序:第二轮公示后付款(未签约)→ 422,指明当前状态与可记录的下一事件;存储不变")
    void outOfOrder() throws Exception {
        String code = household(dataSource, null);
        event(code, "SIGNED", "2023-07-01", null).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", is("kind"))
                .body("violations[0].rule", is("event-out-of-order"))
                .body("violations[0].messageZh", containsString("登记"))
                .body("violations[0].messageZh", containsString("评估 APPRAISAL_RECEIVED"))
                .body("violations[0].messageEn", containsString("REGISTERED"));
        published(code);
        event(code, "PAYMENT", "2023-07-05", "\"amount\": 12000").then().statusCode(422)
                .body("violations[0].messageZh", containsString("第二轮公示"))
                .body("violations[0].messageZh", containsString("签约 SIGNED"))
                .body("violations[0].messageEn", containsString("PUBLISHED_2"))
                .body("violations[0].messageEn", containsString("allowed next: SIGNED, MOVED_OUT"));
        ok(code, "SIGNED", "2023-07-01", null);
        // paid before the agreement's date: dates must not go backwards
        event(code, "PAYMENT", "2023-06-30", "\"amount\": 12000").then().statusCode(422)
                .body("violations[0].field", is("date")).body("violations[0].rule", is("date-order"));
        event(code, "PAYMENT", "2023-07-05", null).then().statusCode(422)
                .body("violations[0].field", is("amount"));
        event(code, "PUBLISHED", "2023-07-05", "\"round\": 3").then().statusCode(422);
        event(code, "NOT_A_KIND", "2023-07-05", null).then().statusCode(400).body("violations[0].field", is("kind"));
        events(code, null).then().body("state", is("SIGNED")).body("events.size()", is(4));
        assertThat(stateColumn(code)).isEqualTo("SIGNED");
    }

    @Test
    @DisplayName("解释I-32、I-46:签约后未付款即搬迁交房可记录;付清后按第30日内 5万元;奖励核定可记录")
    void movedBeforePayment() throws Exception {
        String code = household(dataSource, null);
        quote(code);
        published(code);
        ok(code, "SIGNED", "2023-07-01", null);
        event(code, "MOVED_OUT", "2023-07-04", null).then().statusCode(201).body("state", is("MOVED_OUT"))
                .body("allowedNext.kind", contains("PAYMENT", "OBJECTION"));
        ok(code, "PAYMENT", "2023-07-05", "\"amount\": 12000, \"final\": true");
        events(code, null).then().body("state", is("MOVED_OUT")).body("incentive.status", is("DECIDED"))
                .body("incentive.amount", is(50000.00f))
                .body("allowedNext.kind", contains("INCENTIVE_DECIDED", "OBJECTION"));
        event(code, "INCENTIVE_DECIDED", "2023-07-06", null).then().statusCode(201).body("event.amount", is(50000.00f));
    }

    @Test
    @DisplayName("异议与复核:异议后只可复核,复核后回到原状态;四 报县城市建设指挥部审定同理")
    void objectionAndReview() throws Exception {
        String code = household(dataSource, null);
        ok(code, "APPRAISAL_RECEIVED", "2023-06-01", null);
        event(code, "OBJECTION", "2023-06-03", "\"note\": \"对评估面积有异议\"").then().statusCode(201)
                .body("state", is("OBJECTION")).body("allowedNext.kind", contains("REVIEW_DONE"));
        event(code, "REVIEW_DONE", "2023-06-08", null).then().statusCode(201).body("state", is("APPRAISED"));
        event(code, "REFERRED_TO_COMMAND", "2023-06-09", null).then().statusCode(201).body("state", is("REFERRED"))
                .body("stateLabel", is("已移交审定"));
        event(code, "REVIEW_DONE", "2023-06-20", null).then().statusCode(201).body("state", is("APPRAISED"));
    }

    @Test
    @DisplayName("尚无台账报价:事件照记,日期待首次报价;奖励核定 → 422")
    void noEntryYet() throws Exception {
        String code = household(dataSource, null);
        published(code);
        ok(code, "SIGNED", "2023-07-01", null);
        ok(code, "PAYMENT", "2023-07-05", "\"amount\": 12000, \"final\": true");
        ok(code, "MOVED_OUT", "2023-08-04", null);
        events(code, null).then().body("currentEntry", nullValue()).body("dates.movedOut", is("2023-08-04"))
                .body("incentive.amount", is(50000.00f));
        event(code, "INCENTIVE_DECIDED", "2023-08-05", null).then().statusCode(422)
                .body("violations[0].rule", is("no-quote"));
        event(code, "SIGNED", "2023-07-01", null).then().statusCode(422);
        event("NO-SUCH-HOUSEHOLD", "APPRAISAL_RECEIVED", "2023-06-01", null).then().statusCode(404);
        events("NO-SUCH-HOUSEHOLD", null).then().statusCode(404);
    }

    @Test
    @DisplayName("只增不改:事件行在数据库中被改动,台账校验(GET /api/v1/ledger/verify)指出该事件;改回后不再报告")
    void tamperEvidence() throws Exception {
        String code = household(dataSource, null);
        published(code);
        ok(code, "SIGNED", "2023-07-01", null);
        long seq = event(code, "PAYMENT", "2023-07-05", "\"amount\": 12000, \"final\": true").then().statusCode(201)
                .extract().jsonPath().getLong("event.seq");
        assertThat(problems()).noneMatch(p -> p.startsWith("event " + seq + ":"));
        String date;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT event_date FROM household_event WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                date = rs.getString(1);
            }
        }
        update("UPDATE household_event SET event_date = DATE '2023-07-02' WHERE seq = ?", seq);
        try {
            List<String> found = problems();
            assertThat(found).anyMatch(p -> p.startsWith("event " + seq + ": content hash"));
            assertThat(found).anyMatch(p -> p.startsWith("event " + seq + ": MAC does not match"));
            staff().get("/api/v1/ledger/verify").then().body("valid", is(false));
        } finally {
            update("UPDATE household_event SET event_date = DATE '" + date + "' WHERE seq = ?", seq);
        }
        assertThat(problems()).noneMatch(p -> p.startsWith("event " + seq + ":"));
        // no update or delete through the API
        assertThat(staff().delete("/api/v1/households/" + code + "/events").statusCode()).isIn(404, 405);
        assertThat(staff().contentType(ContentType.JSON).body("{}").put("/api/v1/households/" + code + "/events")
                .statusCode()).isIn(404, 405);
    }

    @Test
    @DisplayName("角色:工作人员记录与查看;审计只读;评估机构只见分配给本机构的住户(其他 404),不能记录;未登录 401")
    void roles() throws Exception {
        String firmA = unique("甲评估");
        String keyA = issueKey(firmA);
        String keyB = issueKey(unique("乙评估"));
        String auditor = unique("auditor");
        String password = createUser(auditor, "auditor");
        String code = household(dataSource, firmA);
        ok(code, "APPRAISAL_RECEIVED", "2023-06-01", null);

        given().auth().preemptive().basic(auditor, password).get("/api/v1/households/" + code + "/events").then()
                .statusCode(200).body("events.size()", is(1)).body("allowedNext", empty());
        given().auth().preemptive().basic(auditor, password).contentType(ContentType.JSON)
                .body("{\"kind\": \"PUBLISHED\", \"date\": \"2023-06-10\"}")
                .post("/api/v1/households/" + code + "/events").then().statusCode(403);
        given().header("X-Api-Key", keyA).get("/api/v1/households/" + code + "/events").then().statusCode(200);
        given().header("X-Api-Key", keyB).get("/api/v1/households/" + code + "/events").then().statusCode(404)
                .body("violations[0].rule", is("not-found"));
        given().header("X-Api-Key", keyA).contentType(ContentType.JSON)
                .body("{\"kind\": \"PUBLISHED\", \"date\": \"2023-06-10\"}")
                .post("/api/v1/households/" + code + "/events").then().statusCode(403);
        given().get("/api/v1/households/" + code + "/events").then().statusCode(401);
        // the page: auditors read it without the form; appraisal firms have no pages
        given().auth().preemptive().basic(auditor, password).get("/households/" + code + "/events").then()
                .statusCode(200).body(containsString("评估")).body(not(containsString("event-form")));
        staff().get("/households/" + code + "/events").then().statusCode(200).body(containsString("event-form"));
        given().header("X-Api-Key", keyA).get("/households/" + code + "/events").then().statusCode(anyOf(is(401),
                is(403), is(302)));
        events(code, null).then().body("events.size()", is(1));
    }

    private static List<String> problems() {
        List<Map<String, Object>> sides = staff().get("/api/v1/ledger/verify").then().statusCode(200).extract()
                .jsonPath().getList("sideChains");
        Map<String, Object> events = sides.stream().filter(s -> "household-events".equals(s.get("name")))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> p = (List<String>) events.get("problems");
        return p;
    }

    private void update(String sql, long seq) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, seq);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private String stateColumn(String code) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT state FROM household WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String issueKey(String firm) {
        return staff().contentType(ContentType.JSON).body("{\"firm\": \"" + firm + "\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().jsonPath().getString("key");
    }

    private static String createUser(String username, String role) {
        String password = "pw-" + username + "-0123456789";
        staff().contentType(ContentType.JSON)
                .body("{\"username\": \"" + username + "\", \"password\": \"" + password + "\", \"role\": \"" + role
                        + "\"}").post("/api/v1/admin/users").then().statusCode(201);
        return password;
    }
}
