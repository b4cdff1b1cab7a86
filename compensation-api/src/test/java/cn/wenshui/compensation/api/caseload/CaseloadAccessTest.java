package cn.wenshui.compensation.api.caseload;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The dashboard spans every household and firm: staff and auditors read it; appraisal firms and strangers do not. */
@QuarkusTest
class CaseloadAccessTest {
    @Test
    @TestSecurity(user = "auditor-test", roles = "auditor")
    @DisplayName("审计人员可查看片区进度、搬迁期限与导出")
    void auditorReads() {
        given().get("/api/v1/caseload").then().statusCode(200);
        given().get("/api/v1/caseload/deadlines").then().statusCode(200);
        given().get("/api/v1/caseload/export").then().statusCode(200);
        given().get("/caseload").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "firm-test", roles = "appraiser")
    @DisplayName("评估机构不得查看片区进度:403")
    void appraiserRefused() {
        given().get("/api/v1/caseload").then().statusCode(403);
        given().get("/api/v1/caseload/deadlines").then().statusCode(403);
        given().get("/api/v1/caseload/export").then().statusCode(403);
    }

    @Test
    @DisplayName("未登录:401")
    void anonymousRefused() {
        given().get("/api/v1/caseload").then().statusCode(401);
        given().get("/api/v1/caseload/deadlines").then().statusCode(401);
    }
}
