package cn.wenshui.compensation.api.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import cn.wenshui.compensation.api.security.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pages mask as the API does and log the same way: staff's views of personal data are logged, auditors' not. */
@QuarkusTest
@DisplayName("分户档案页面:审计见遮蔽信息且不记录,工作人员见完整信息并记录")
class HouseholdPagesTest {
    private static final Caller STAFF = new Caller("staff-setup", "staff", null);

    @Inject
    HouseholdService households;

    private String registered(String name) {
        String code = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        households.create(new HouseholdInput(code, name, "141122197506300041", "页面村", "一组", null,
                "13812345678", null, "6222021234567890123", null, null, null), STAFF);
        return code;
    }

    private int reads(String code) {
        return households.accessLog(code, STAFF).orElseThrow().items().size();
    }

    @Test
    @TestSecurity(user = "auditor-page", roles = "auditor")
    @DisplayName("审计打开档案页与查询页:姓名、身份证号、电话遮蔽,不记录访问;不能打开登记表单")
    void auditorSeesMaskedPages() {
        String code = registered("陈晓东");
        int before = reads(code);
        String page = given().get("/households/" + code).then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(page).contains("陈*东").contains("141122********0041").contains("138****5678")
                .contains("个人信息(姓名、身份证号、电话、银行账号)已遮蔽")
                .doesNotContain("陈晓东").doesNotContain("141122197506300041").doesNotContain("13812345678")
                .doesNotContain("修改档案");
        assertThat(given().queryParam("code", code).get("/households").asString()).contains("陈*东")
                .doesNotContain("陈晓东");
        assertThat(reads(code)).isEqualTo(before);
        given().redirects().follow(false).get("/households/new").then().statusCode(403);
        given().redirects().follow(false).get("/households/" + code + "/edit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "staff-page", roles = "staff")
    @DisplayName("工作人员打开档案页、查询页、修改表单:见完整信息,每次记录用途")
    void staffViewsAreLogged() {
        String code = registered("陈晓东");
        given().get("/households/" + code).then().statusCode(200).body(containsString("陈晓东"))
                .body(containsString("141122197506300041"));
        given().queryParam("code", code).get("/households").then().statusCode(200).body(containsString("陈晓东"));
        given().get("/households/" + code + "/edit").then().statusCode(200).body(containsString("13812345678"));
        var log = households.accessLog(code, STAFF).orElseThrow().items();
        assertThat(log).extracting(HouseholdViews.Access::purpose).startsWith("page:edit", "page:search",
                "page:detail");
        assertThat(log.subList(0, 3)).extracting(HouseholdViews.Access::principal).containsOnly("staff-page");
        given().get("/households/NO-SUCH").then().statusCode(404).body(containsString("未找到住户"));
        given().queryParam("size", "x").queryParam("state", "NOPE").get("/households").then().statusCode(200)
                .body(containsString("状态须为已定义的档案状态之一"));
    }
}
