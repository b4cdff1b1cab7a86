package cn.wenshui.compensation.api.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The 公示表 over real household files and ledger entries: 一(一) 附属平房 框架结构 1200 元/m², so 10 m² → 12,000.00;
 * names and ID numbers masked for staff too; the workbook; roles; bad parameters.
 */
@QuarkusTest
@DisplayName("公示表:按村与轮次,户主与身份证号一律遮蔽,可导出 Excel")
class PublicationApiTest {
    static RequestSpecification staff() {
        return given().auth().preemptive().basic("admin-test", "admin-test-password");
    }

    static String village() throws Exception {
        String v = "公示村" + UUID.randomUUID().toString().substring(0, 6);
        String[][] files = {{"-1", "王建国", "141122198001011230"}, {"-2", "李小红", null}};
        for (String[] f : files) {
            staff().contentType(ContentType.JSON).body("{\"code\": \"" + v + f[0] + "\", \"headName\": \"" + f[1]
                    + "\", " + (f[2] == null ? "" : "\"idNumber\": \"" + f[2] + "\", ") + "\"village\": \"" + v
                    + "\", \"group\": \"一组\", \"address\": \"东街1号\"}").post("/api/v1/households").then()
                    .statusCode(201);
        }
        staff().contentType(ContentType.JSON).body("""
                {"id": "%s-1", "headOfHousehold": "王建国", "village": "%s",
                 "items": [{"code": "1-1.annex.frame", "quantity": 10}]}""".formatted(v, v))
                .post("/api/v1/ledger/quotes").then().statusCode(201);
        return v;
    }

    @Test
    @DisplayName("JSON:王建国 → 王*国,141122198001011230 → 141122********1230;已出具一户 12,000.00,另一户尚无报价")
    void masked() throws Exception {
        String v = village();
        JsonPath t = staff().queryParam("village", v).queryParam("round", "2").queryParam("from", "2023-06-20")
                .get("/api/v1/publication").then().statusCode(200).extract().jsonPath();
        assertThat(t.getString("title")).contains(v, "第二轮");
        assertThat(t.getString("periodFrom")).isEqualTo("2023-06-20");
        assertThat(t.getString("periodTo")).isEqualTo("2023-06-26");
        assertThat(t.getList("rows.headName")).containsExactly("王*国", "李*红");
        assertThat(t.getString("rows[0].idNumber")).isEqualTo("141122********1230");
        assertThat(t.getDouble("rows[0].total.min")).isEqualTo(12_000.00);
        assertThat(t.getString("rows[1].incentive")).isEqualTo("尚无报价");
        assertThat(t.getInt("quoted")).isEqualTo(1);
        assertThat(t.prettify()).doesNotContain("王建国").doesNotContain("198001011");

        String page = staff().queryParam("village", v).get("/publication").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("王*国", "141122********1230", "12,000.00", "size: A4 landscape")
                .doesNotContain("王建国").doesNotContain("198001011");

        byte[] xlsx = staff().queryParam("village", v).get("/api/v1/publication/export").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(4).getCell(2).getStringCellValue()).isEqualTo("王*国");
            assertThat(s.getRow(4).getCell(3).getStringCellValue()).isEqualTo("141122********1230");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getRepeatingRows()).isNotNull();
        }
    }

    @Test
    @DisplayName("角色与参数:审计可读;未登录 401;缺村 400;轮次须为 1 或 2;公示期倒置 400")
    void rolesAndParameters() throws Exception {
        String v = village();
        String auditor = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        String pw = "pw-" + auditor + "-0123456789";
        staff().contentType(ContentType.JSON).body("{\"username\": \"" + auditor + "\", \"password\": \"" + pw
                + "\", \"role\": \"auditor\"}").post("/api/v1/admin/users").then().statusCode(201);
        given().auth().preemptive().basic(auditor, pw).queryParam("village", v).get("/api/v1/publication").then()
                .statusCode(200).body("rows[0].headName", is("王*国"));
        given().queryParam("village", v).get("/api/v1/publication").then().statusCode(401);
        staff().get("/api/v1/publication").then().statusCode(400).body(containsString("village"));
        staff().queryParam("village", v).queryParam("round", "3").get("/api/v1/publication").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body(containsString("round"));
        staff().queryParam("village", v).queryParam("from", "2023-06-20").queryParam("to", "2023-06-01")
                .get("/api/v1/publication").then().statusCode(400).body(containsString("date-order"));
    }
}
