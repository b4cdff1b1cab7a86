package cn.wenshui.compensation.api.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import cn.wenshui.compensation.api.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The agreement and its template table (V9) on a real PostgreSQL (embedded): generate, upload a template, use it,
 * revert. The household: 一(一) 附属平房 框架结构 「1200/m²」 × 10 m² = 12,000.00 (壹万贰仟元整), nothing else.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@TestSecurity(user = "staff-pg-agreement", roles = "staff")
@DisplayName("补偿协议(PostgreSQL,嵌入式):生成、上传模板、使用、恢复默认")
class AgreementPostgresTest {

    @Test
    @DisplayName("PostgreSQL 上:默认模板生成协议;上传的模板存入 agreement_template 并被使用;恢复默认")
    void agreementAndTemplateOnPostgres() throws Exception {
        String code = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("""
                {"code": "%s", "headName": "赵六", "village": "堡子村"}""".formatted(code))
                .post("/api/v1/households").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"id": "%s", "headOfHousehold": "赵六", "village": "堡子村",
                 "items": [{"code": "1-1.annex.frame", "quantity": 10}]}""".formatted(code))
                .post("/api/v1/quotes?persist=true").then().statusCode(201);
        byte[] docx = given().get("/api/v1/households/" + code + "/agreement.docx").then().statusCode(200)
                .extract().asByteArray();
        assertThat(AgreementApiTest.text(docx)).contains("赵六", "12,000.00", "壹万贰仟元整");

        byte[] custom = AgreementApiTest.docx("PG 模板 ${户主} ${编号} ${合计} ${合计大写}");
        try {
            given().contentType(ContentType.JSON).body("{\"docx\": \"" + Base64.getEncoder().encodeToString(custom)
                    + "\"}").put("/api/v1/agreement/template").then().statusCode(200).body("isDefault", is(false))
                    .body("changedBy", is("staff-pg-agreement"));
            assertThat(AgreementApiTest.text(given().get("/api/v1/households/" + code + "/agreement.docx").then()
                    .statusCode(200).extract().asByteArray()).strip())
                    .isEqualTo("PG 模板 赵六 " + code + " 12,000.00 壹万贰仟元整");
        } finally {
            given().delete("/api/v1/agreement/template").then().statusCode(200).body("isDefault", is(true));
        }
        given().get("/api/v1/agreement/template").then().statusCode(200).header("X-Template-Default", "true");
    }
}
