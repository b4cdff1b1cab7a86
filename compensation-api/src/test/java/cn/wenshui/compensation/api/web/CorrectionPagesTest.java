package cn.wenshui.compensation.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A superseded entry says so everywhere: its page, the ledger list, its printed sheet (「已被第N号更正」 with a link to
 * the correcting entry), and the household's versions page lists the versions and the line-by-line difference.
 * Amounts from the regulation: 一(一) 附属平房 框架结构 1200 元/m²; 一(二) 大棚 钢架结构 45 元/m².
 */
@QuarkusTest
@DisplayName("被更正的记录处处标明「已被第N号更正」;历次版本页逐行对比")
class CorrectionPagesTest {

    static String body(String id, String frame, String tunnel) {
        return """
                {"id": "%s", "headOfHousehold": "钱七", "village": "堡子村",
                 "items": [{"ref": "A1", "code": "1-1.annex.frame", "quantity": %s}%s]}
                """.formatted(id, frame, tunnel == null ? ""
                : ", {\"ref\": \"A2\", \"code\": \"1-2.polytunnel.steel-frame\", \"quantity\": " + tunnel + "}");
    }

    static long persist(String body, Long supersedes) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/quotes?persist=true" + (supersedes == null ? "" : "&supersedes=" + supersedes))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    @TestSecurity(user = "staff-test", roles = "staff")
    @DisplayName("三个版本:第一、二版的记录页、列表、打印页标「已被第N号更正」并链接;现行版无此标记且可更正")
    void supersededMarks() {
        String h = "CP-" + UUID.randomUUID().toString().substring(0, 8);
        long v1 = persist(body(h, "10", null), null);
        long v2 = persist(body(h, "12", null), v1);
        long v3 = persist(body(h, "12", "20"), v2);

        String page1 = given().get("/ledger/" + v1).then().statusCode(200).extract().asString();
        assertThat(page1).contains("已被第" + v2 + "号更正").contains("href=\"/ledger/" + v2 + "\"")
                .doesNotContain("id=\"correct-link\"").contains("href=\"/households/" + h + "/versions\"");
        String page3 = given().get("/ledger/" + v3).then().statusCode(200).extract().asString();
        assertThat(page3).doesNotContain("已被第").contains("id=\"correct-link\" href=\"/?correct=" + v3 + "\"")
                .contains("本记录更正 <a href=\"/ledger/" + v2 + "\">");

        String list = given().get("/ledger?household=" + h).then().statusCode(200).extract().asString();
        assertThat(list).contains("已被第" + v2 + "号更正", "已被第" + v3 + "号更正")
                .contains("href=\"/ledger/" + v3 + "\">已被第" + v3 + "号更正</a>");
        assertThat(list.split("已被第", -1)).hasSize(3);

        String print1 = given().get("/ledger/" + v1 + "/print").then().statusCode(200).extract().asString();
        assertThat(print1).contains("已被第" + v2 + "号更正:本表不再有效").contains("href=\"/ledger/" + v2 + "/print\"");
        String print3 = given().get("/ledger/" + v3 + "/print").then().statusCode(200).extract().asString();
        assertThat(print3).doesNotContain("已被第").contains("本表更正台账记录 " + v2);
    }

    @Test
    @TestSecurity(user = "staff-test", roles = "staff")
    @DisplayName("历次版本页:列出三个版本与合计;默认比较现行版与其更正的版本,可选任意两版;未知住户 404")
    void versionsPage() {
        String h = "CV-" + UUID.randomUUID().toString().substring(0, 8);
        long v1 = persist(body(h, "10", null), null);
        long v2 = persist(body(h, "12", null), v1);
        long v3 = persist(body(h, "12", "20"), v2);

        String page = given().get("/households/" + h + "/versions").then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertThat(page).contains("12,000.00", "14,400.00", "15,300.00", "现行", "已被第" + v2 + "号更正")
                .contains("第" + v2 + "号 → 第" + v3 + "号 的差异")
                .contains("新增", "大棚 钢架结构", "+900.00");

        String any = given().get("/households/" + h + "/versions?from=" + v1 + "&to=" + v3).then().statusCode(200)
                .extract().asString();
        // 12,000 → 15,300; 附属平房 10 → 12 m² (+2,400), 大棚 added (+900)
        assertThat(any).contains("第" + v1 + "号 → 第" + v3 + "号 的差异", "+3,300.00", "+2,400.00", "+900.00",
                "变更", "新增", "数量、金额");

        String other = given().get("/households/" + h + "/versions?from=999999999").then().statusCode(200)
                .extract().asString();
        assertThat(other).contains("id=\"versions-error\"", "不是住户「" + h + "」的版本");

        String typo = given().get("/households/" + h + "/versions?from=abc").then().statusCode(200)
                .extract().asString();
        assertThat(typo).contains("id=\"versions-error\"", "from「abc」不是台账记录号", "已按默认");

        given().get("/households/NONE-" + UUID.randomUUID() + "/versions").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "auditor-test", roles = "auditor")
    @DisplayName("审计人员:可见标记与历次版本,但没有「更正」按钮")
    void auditorSeesNoCorrectButton() {
        String h = "CA-" + UUID.randomUUID().toString().substring(0, 8);
        String page;
        long v1;
        // entries are written by staff; read them as the auditor
        v1 = given().auth().preemptive().basic("admin-test", "admin-test-password").contentType(ContentType.JSON)
                .body(body(h, "10", null)).post("/api/v1/quotes?persist=true").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        page = given().get("/ledger/" + v1).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("id=\"correct-link\"").contains("历次版本");
        given().get("/households/" + h + "/versions").then().statusCode(200);
    }
}
