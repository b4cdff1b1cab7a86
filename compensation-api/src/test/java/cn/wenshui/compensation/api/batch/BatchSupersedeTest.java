package cn.wenshui.compensation.api.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A re-uploaded workbook keeps one current entry per household: a household whose data changed gets an entry that
 * supersedes its current one, and the upload says which entries it superseded; an unchanged household keeps its
 * entry. The workbook is {@link BatchRoundTripTest#filled}; 一(一) 附属平房 框架结构 1200 元/m².
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("工作簿重新上传:数据有变的住户,新记录更正现行记录;未变的住户不重复记录")
class BatchSupersedeTest {

    /** The same workbook with {p}101's 附属平房 框架结构 (清单 row 2) at {@code quantity} m². */
    static byte[] changed(String p, String village, int quantity) {
        XSSFWorkbook wb = Sheets.open(BatchRoundTripTest.filled(p, village));
        Sheets.put(wb.getSheet("清单"), 2, "数量", quantity);
        return Sheets.bytes(wb);
    }

    static JsonPath upload(byte[] workbook) {
        return BatchRoundTripTest.upload(workbook, Map.of("persist", "on")).then().statusCode(201).extract()
                .jsonPath();
    }

    @Test
    @DisplayName("101 户附属平房 10 改 12 m² 后重新上传:新记录更正原记录(+2,400.00),104 户未变仍为原记录;再传一次不再新增")
    void reUploadSupersedes() {
        String p = BatchRoundTripTest.unique();
        String village = "更正村" + p;
        JsonPath first = upload(BatchRoundTripTest.filled(p, village));
        long e101 = first.getLong("households.find { it.id == '" + p + "101' }.ledgerEntryId");
        long e104 = first.getLong("households.find { it.id == '" + p + "104' }.ledgerEntryId");
        assertThat(first.getList("superseded")).isEmpty();

        JsonPath second = upload(changed(p, village, 12));
        long n101 = second.getLong("households.find { it.id == '" + p + "101' }.ledgerEntryId");
        assertThat(n101).isNotEqualTo(e101);
        assertThat(second.getLong("households.find { it.id == '" + p + "101' }.supersededEntryId")).isEqualTo(e101);
        assertThat(second.getLong("households.find { it.id == '" + p + "104' }.ledgerEntryId")).isEqualTo(e104);
        assertThat(second.getString("households.find { it.id == '" + p + "104' }.supersededEntryId")).isNull();
        assertThat(second.getList("superseded")).hasSize(1);
        assertThat(second.getString("superseded[0].householdId")).isEqualTo(p + "101");
        assertThat(second.getLong("superseded[0].entryId")).isEqualTo(e101);
        assertThat(second.getLong("superseded[0].supersededBy")).isEqualTo(n101);

        given().get("/api/v1/ledger/quotes/" + e101).then().statusCode(200).body("supersededBy", is((int) n101));
        given().get("/api/v1/ledger/quotes/" + n101).then().statusCode(200).body("supersedes", is((int) e101));
        given().get("/api/v1/households/" + p + "101/versions").then().statusCode(200)
                .body("current", is((int) n101)).body("versions.size()", is(2));
        given().get("/api/v1/households/" + p + "101/versions/diff").then().statusCode(200)
                .body("diff.totalDifference.min", is(2400.00f)).body("diff.counts.changed", is(1));

        // the same changed workbook again: nothing new, nothing superseded
        JsonPath third = upload(changed(p, village, 12));
        assertThat(third.getLong("households.find { it.id == '" + p + "101' }.ledgerEntryId")).isEqualTo(n101);
        assertThat(third.getList("superseded")).isEmpty();
        given().queryParam("village", village).get("/api/v1/ledger/quotes").then().statusCode(200)
                .body("total", is(3));

        String page = given().accept("text/html").get("/batch/" + second.getString("batchId")).then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("id=\"superseded-count\">1<").contains("更正第<a href=\"/ledger/" + e101 + "\">");
    }

    @Test
    @DisplayName("住户已有表单出具的现行记录:工作簿上传的新记录更正该记录")
    void uploadSupersedesAFormEntry() {
        String p = BatchRoundTripTest.unique();
        String village = "表单村" + p;
        long form = given().contentType("application/json")
                .body("{\"id\": \"" + p + "104\", \"village\": \"" + village + "\", \"items\": "
                        + "[{\"code\": \"1-1.annex.frame\", \"quantity\": 8}]}")
                .post("/api/v1/quotes?persist=true").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath up = upload(BatchRoundTripTest.filled(p, village));
        assertThat(up.getLong("households.find { it.id == '" + p + "104' }.supersededEntryId")).isEqualTo(form);
        given().get("/api/v1/ledger/quotes/" + form).then().statusCode(200)
                .body("supersededBy", is(up.getInt("households.find { it.id == '" + p + "104' }.ledgerEntryId")));
    }

    static void event(String code, String kind, String date, String more) {
        given().contentType("application/json")
                .body("{\"kind\": \"" + kind + "\", \"date\": \"" + date + "\"" + (more == null ? "" : ", " + more) + "}")
                .post("/api/v1/households/" + code + "/events").then().statusCode(201);
    }

    @Test
    @DisplayName("已建档并已签约、付清的住户:重新上传的新记录沿用住户事件的日期(工作簿不能改动奖励的起算)")
    void reUploadKeepsTheEventsDates() {
        String p = BatchRoundTripTest.unique();
        String village = "事件村" + p;
        String code = p + "101";
        given().contentType("application/json").body("{\"code\": \"" + code + "\", \"headName\": \"王建国\", "
                + "\"village\": \"" + village + "\"}").post("/api/v1/households").then().statusCode(201);
        upload(BatchRoundTripTest.filled(p, village));
        event(code, "APPRAISAL_RECEIVED", "2023-06-01", null);
        event(code, "PUBLISHED", "2023-06-10", "\"round\": 1");
        event(code, "PUBLISHED", "2023-06-20", "\"round\": 2");
        event(code, "SIGNED", "2023-07-01", null);
        event(code, "PAYMENT", "2023-07-05", "\"amount\": 1000, \"final\": true");

        JsonPath again = upload(changed(p, village, 12));
        long entry = again.getLong("households.find { it.id == '" + code + "' }.ledgerEntryId");
        given().get("/api/v1/ledger/quotes/" + entry).then().statusCode(200)
                .body("input.dates.agreementSigned", is("2023-07-01"))
                .body("input.dates.compensationPaid", is("2023-07-05"))
                .body("quote.incentive.fullDeadline", is("2023-08-04"));
    }
}
