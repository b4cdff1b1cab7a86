package cn.wenshui.compensation.api.caseload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The caseload dashboard over real household files and ledger entries, run against each database (H2 and
 * PostgreSQL subclasses). Each test works in a village of its own, so other tests' households do not count.
 */
@TestSecurity(user = "staff-test", roles = "staff")
abstract class CaseloadContract {
    @Inject
    AgroalDataSource dataSource;

    /** 附属平房 框架结构 m² × 1200 元/m² (一(一)), and the dates given. */
    static String body(String code, String village, int m2, String dates) {
        return """
                {"id": "%s", "headOfHousehold": "李四", "village": "%s",
                 "items": [{"code": "1-1.annex.frame", "quantity": %d}]%s}
                """.formatted(code, village, m2, dates == null ? "" : ", \"dates\": " + dates);
    }

    static long persist(String body, Long supersedes) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/quotes?persist=true" + (supersedes == null ? "" : "&supersedes=" + supersedes))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    void household(String code, String village, String group, String state) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO household (code, head_name, village, group_name, state, created_at, created_by, "
                        + "updated_at, updated_by) VALUES (?, '王五', ?, ?, ?, ?, 'test', ?, 'test')")) {
            ps.setString(1, code);
            ps.setString(2, village);
            ps.setString(3, group);
            ps.setString(4, state);
            ps.setObject(5, OffsetDateTime.now());
            ps.setObject(6, OffsetDateTime.now());
            ps.executeUpdate();
        }
    }

    /**
     * Four households: signed (state written straight, no events); corrected once; not quoted; paid by its events
     * and waiting to move (signed 07-01, paid 6,000 in full 07-05).
     */
    String caseload() throws Exception {
        String v = "村-" + UUID.randomUUID().toString().substring(0, 8);
        household(v + "-1", v, "一组", "SIGNED");
        household(v + "-2", v, "一组", "REGISTERED");
        household(v + "-3", v, "二组", "REGISTERED");
        household(v + "-4", v, "二组", "REGISTERED");
        persist(body(v + "-1", v, 10, null), null);
        long first = persist(body(v + "-2", v, 10, null), null);
        persist(body(v + "-2", v, 20, null), first);
        // -4's dates come from its events (a filed household's quote takes them from there, never typed)
        persist(body(v + "-4", v, 5, null), null);
        published(v + "-4");
        event(v + "-4", "SIGNED", "2023-07-01", null);
        event(v + "-4", "PAYMENT", "2023-07-05", "\"amount\": 6000, \"final\": true");
        return v;
    }

    @Test
    @DisplayName("片区进度:按当前有效条目汇总(被更正的条目不计),签约金额只计已签约及以后的住户")
    void dashboardSumsCurrentEntries() throws Exception {
        String v = caseload();
        JsonPath d = given().queryParam("village", v).queryParam("asOf", "2023-07-20").get("/api/v1/caseload")
                .then().statusCode(200).extract().jsonPath();
        assertThat(d.getInt("total.households")).isEqualTo(4);
        assertThat(d.getInt("total.quoted.households")).isEqualTo(3);
        // 10 m² + 20 m² (the correction, not the 10 m² it superseded) + 5 m², × 1200 元/m²
        assertThat(d.getDouble("total.quoted.min")).isEqualTo(12_000 + 24_000 + 6_000);
        assertThat(d.getInt("total.signed.households")).isEqualTo(2);
        assertThat(d.getDouble("total.signed.max")).isEqualTo(12_000 + 6_000);
        // nobody has moved: all four may still earn up to the first tier, 5万元
        assertThat(d.getInt("total.decided.households")).isZero();
        assertThat(d.getInt("total.possible.households")).isEqualTo(4);
        assertThat(d.getDouble("total.possible.max")).isEqualTo(4 * 50_000);
        assertThat(d.getList("villages.groups[0].group")).containsExactly("一组", "二组");
        List<Map<String, Object>> states = d.getList("total.byState");
        assertThat(states).extracting(m -> m.get("label") + "=" + m.get("households"))
                .contains("登记=2", "已签约=1", "补偿款已付清=1");
    }

    @Test
    @DisplayName("搬迁期限:付款 2023-07-05 → 第一期限 2023-08-04(第 30 日)、第二期限 2023-08-19(第 45 日)")
    void deadlineList() throws Exception {
        String v = caseload();
        given().queryParam("village", v).queryParam("asOf", "2023-07-20").get("/api/v1/caseload/deadlines")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].code", equalTo(v + "-4"))
                .body("[0].headName", equalTo("王五"))
                .body("[0].fullDeadline", equalTo("2023-08-04"))
                .body("[0].daysToFull", equalTo(15))
                .body("[0].reducedDeadline", equalTo("2023-08-19"))
                .body("[0].daysToReduced", equalTo(30))
                .body("[0].reachableNow", equalTo(50000));
        given().queryParam("village", v).queryParam("asOf", "2023-08-05").get("/api/v1/caseload/deadlines")
                .then().statusCode(200).body("[0].daysToFull", equalTo(-1)).body("[0].reachableNow", equalTo(30000))
                .body("[0].nextDeadline", equalTo("2023-08-19"));
        given().queryParam("village", v).queryParam("asOf", "2023-08-20").get("/api/v1/caseload/deadlines")
                .then().statusCode(200).body("[0].reachableNow", equalTo(0));
        // staff read 户主 unmasked: each list read is in the household's access log
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM personal_data_access a JOIN household h ON h.id = a.household_id "
                        + "WHERE h.code = ? AND a.purpose = 'api:deadlines' AND a.principal = 'staff-test'")) {
            ps.setString(1, v + "-4");
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
        }
    }

    /** 评估 2023-06-01, 公示 第一轮 2023-06-10, 第二轮 2023-06-20. */
    static void published(String code) {
        event(code, "APPRAISAL_RECEIVED", "2023-06-01", null);
        event(code, "PUBLISHED", "2023-06-10", "\"round\": 1");
        event(code, "PUBLISHED", "2023-06-20", "\"round\": 2");
    }

    static void event(String code, String kind, String date, String more) {
        given().contentType(ContentType.JSON)
                .body("{\"kind\": \"" + kind + "\", \"date\": \"" + date + "\"" + (more == null ? "" : ", " + more) + "}")
                .post("/api/v1/households/" + code + "/events").then().statusCode(201);
    }

    @Test
    @DisplayName("已付与尚欠:付款事件之和为已付,已签约住户当前条目合计减已付为尚欠")
    void paidAndOutstandingFromPaymentEvents() throws Exception {
        String v = caseload();
        String code = v + "-5";
        household(code, v, "三组", "REGISTERED");
        persist(body(code, v, 10, null), null);
        published(code);
        event(code, "SIGNED", "2023-07-01", null);
        event(code, "PAYMENT", "2023-07-05", "\"amount\": 5000");
        event(code, "PAYMENT", "2023-07-10", "\"amount\": 2000.50");
        JsonPath d = given().queryParam("village", v).queryParam("asOf", "2023-07-20").get("/api/v1/caseload")
                .then().statusCode(200).extract().jsonPath();
        assertThat(d.getInt("total.paid.households")).isEqualTo(2);
        assertThat(d.getDouble("total.paid.max")).isEqualTo(6_000 + 7_000.50);
        // signed: -1 (12,000, nothing paid), -4 (6,000 paid in full), -5 (12,000, 7,000.50 paid) → 16,999.50 owed
        assertThat(d.getInt("total.signed.households")).isEqualTo(3);
        assertThat(d.getDouble("total.outstanding.max")).isEqualTo(12_000 + 4_999.50);
        assertThat(d.getDouble("villages[0].groups.find { it.group == '三组' }.summary.outstanding.min"))
                .isEqualTo(4_999.50);
    }

    @Test
    @DisplayName("签约后提出异议(异议复核中):仍计入已签约与尚欠")
    void anObjectionAfterSigningStaysSigned() throws Exception {
        String v = caseload();
        String code = v + "-6";
        household(code, v, "三组", "REGISTERED");
        persist(body(code, v, 10, null), null);
        published(code);
        event(code, "SIGNED", "2023-07-01", null);
        event(code, "OBJECTION", "2023-07-03", null);
        JsonPath d = given().queryParam("village", v).queryParam("asOf", "2023-07-20").get("/api/v1/caseload")
                .then().statusCode(200).extract().jsonPath();
        // -1 (12,000), -4 (6,000), -6 (12,000, in 异议复核中)
        assertThat(d.getInt("total.signed.households")).isEqualTo(3);
        assertThat(d.getDouble("total.signed.max")).isEqualTo(12_000 + 6_000 + 12_000);
        assertThat(d.getDouble("total.outstanding.max")).isEqualTo(12_000 + 12_000);
    }

    @Test
    @DisplayName("片区进度导出:汇总、期限、分户台账三张工作表")
    void export() throws Exception {
        String v = caseload();
        byte[] xlsx = given().queryParam("village", v).queryParam("asOf", "2023-07-20").get("/api/v1/caseload/export")
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("汇总");
            Sheet ledger = wb.getSheet("分户台账");
            assertThat(ledger.getLastRowNum()).isEqualTo(4);
            assertThat(ledger.getRow(1).getCell(0).getStringCellValue()).isEqualTo(v + "-1");
            assertThat(ledger.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(12_000);
            assertThat(wb.getSheet("期限").getRow(1).getCell(0).getStringCellValue()).isEqualTo(v + "-4");
            assertThat(wb.getSheet("期限").getRow(1).getCell(1).getStringCellValue()).isEqualTo("王五");
            assertThat(wb.getSheet("汇总").getRow(0).getCell(9).getStringCellValue()).isEqualTo("已付款(户)");
            assertThat(wb.getSheet("汇总").getRow(1).getCell(10).getNumericCellValue()).isEqualTo(6_000);
            assertThat(ledger.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    @DisplayName("片区进度页面:各村图、汇总表与搬迁期限表")
    void page() throws Exception {
        String v = caseload();
        given().queryParam("village", v).queryParam("asOf", "2023-07-20").get("/caseload").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"village-chart\""), containsString(v + "-4"), containsString("余 15 日"),
                        containsString("42,000.00"));
    }

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Test
    @DisplayName("每条新账本记录的摘要在记账时保存,与从已存报价重新读出的摘要相同")
    void digestKeptAtAppendEqualsDerived() throws Exception {
        String v = caseload();
        long seq = given().queryParam("household", v + "-4").get("/api/v1/ledger/quotes").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        try (Connection c = dataSource.getConnection()) {
            EntryDigest kept;
            try (PreparedStatement ps = c.prepareStatement("SELECT incentive_status, incentive_start, full_deadline, "
                    + "reduced_deadline FROM caseload_entry WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (var rs = ps.executeQuery()) {
                    assertThat(rs.next()).as("digest stored at append").isTrue();
                    kept = new EntryDigest(seq, rs.getString(1), null, rs.getDate(2).toLocalDate(),
                            rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), null, 0, 0, 0, 0);
                }
            }
            String json;
            try (PreparedStatement ps = c.prepareStatement("SELECT quote_json FROM ledger_entry WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    json = rs.getString(1);
                }
            }
            EntryDigest derived = EntryDigest.of(seq, json, mapper);
            assertThat(kept).isEqualTo(derived);
            assertThat(derived.incentiveStatus()).isEqualTo("AWAITING_MOVE_OUT");
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM caseload_entry WHERE seq = ?")) {
                ps.setLong(1, seq);
                ps.executeUpdate();
            }
        }
        // without the stored digest the dashboard derives it again and answers the same
        given().queryParam("village", v).queryParam("asOf", "2023-07-20").get("/api/v1/caseload/deadlines")
                .then().statusCode(200).body("[0].fullDeadline", equalTo("2023-08-04"));
    }

    @Test
    @DisplayName("错误的查询参数:400 problem+json 指明字段 state / asOf")
    void badParameters() {
        given().queryParam("state", "NOPE").get("/api/v1/caseload").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body(containsString("state"));
        given().queryParam("asOf", "2023-13-01").get("/api/v1/caseload/deadlines").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body(containsString("asOf"));
    }
}
