package cn.wenshui.compensation.api.versions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.security.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A correction chain of three versions of one household through the API: the versions, which corrected which, the
 * differences between any two, the refusals (correcting an entry twice, another household's entry) and the roles.
 * Amounts from the regulation: 一(一) 附属平房 框架结构 1200 元/m²; 一(二) 大棚 钢架结构 45 元/m².
 */
@QuarkusTest
@DisplayName("更正链:一户三个版本、任意两版逐行差异、重复更正与角色")
class VersionsApiTest {
    private static final String ADMIN = "admin-test";
    private static final String ADMIN_PASSWORD = "admin-test-password";

    @Inject
    LedgerService ledger;

    static RequestSpecification admin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** 附属平房 框架结构 {frame} m² (ref A1) and, when given, 大棚 钢架结构 {tunnel} m² (ref A2). */
    static String body(String id, String frame, String tunnel) {
        String items = "{\"ref\": \"A1\", \"code\": \"1-1.annex.frame\", \"quantity\": " + frame + "}"
                + (tunnel == null ? "" : ", {\"ref\": \"A2\", \"code\": \"1-2.polytunnel.steel-frame\", \"quantity\": "
                + tunnel + "}");
        return "{\"id\": \"" + id + "\", \"headOfHousehold\": \"王五\", \"village\": \"堡子村\", \"items\": [" + items
                + "]}";
    }

    static long persist(RequestSpecification who, String body, Long supersedes) {
        return who.contentType(ContentType.JSON).body(body)
                .post("/api/v1/quotes?persist=true" + (supersedes == null ? "" : "&supersedes=" + supersedes))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** v1: 10 m² = 12,000; v2: 12 m² = 14,400; v3: 12 m² + 大棚 20 m² × 45 = 900 → 15,300. */
    static long[] chain(String household) {
        long v1 = persist(admin(), body(household, "10", null), null);
        long v2 = persist(admin(), body(household, "12", null), v1);
        long v3 = persist(admin(), body(household, "12", "20"), v2);
        return new long[]{v1, v2, v3};
    }

    @Test
    @DisplayName("LedgerService:三个版本依次更正,versions 标明谁更正了谁,current 为第三版,supersededBy 指向下一版")
    void serviceChainOfThree() {
        String h = unique("C3S");
        long[] v = chain(h);
        List<LedgerService.Version> all = ledger.versions(h, Scope.all());
        assertThat(all).extracting(x -> x.entry().id()).containsExactly(v[0], v[1], v[2]);
        assertThat(all).extracting(LedgerService.Version::supersededBy).containsExactly(v[1], v[2], null);
        assertThat(all).extracting(LedgerService.Version::current).containsExactly(false, false, true);
        assertThat(ledger.current(h, Scope.all())).get().extracting(e -> e.id()).isEqualTo(v[2]);
        assertThat(ledger.supersededBy(v[0])).contains(v[1]);
        assertThat(ledger.supersededBy(v[2])).isEmpty();
        assertThat(ledger.versions(h, Scope.firm("无关评估公司"))).isEmpty();
        assertThat(ledger.current(h, Scope.firm("无关评估公司"))).isEmpty();
    }

    @Test
    @DisplayName("GET versions:三个版本由旧到新,含 supersedes、supersededBy、current 与合计;记录的 JSON 带 supersededBy")
    void versionsOfAChain() {
        String h = unique("C3");
        long[] v = chain(h);
        admin().get("/api/v1/households/" + h + "/versions").then().statusCode(200)
                .body("householdId", is(h))
                .body("current", is((int) v[2]))
                .body("versions.seq", contains((int) v[0], (int) v[1], (int) v[2]))
                .body("versions.supersedes", contains(null, (int) v[0], (int) v[1]))
                .body("versions.supersededBy", contains((int) v[1], (int) v[2], null))
                .body("versions.current", contains(false, false, true))
                .body("versions.totalMin", contains(12000.00f, 14400.00f, 15300.00f));
        admin().get("/api/v1/ledger/quotes/" + v[0]).then().statusCode(200).body("supersededBy", is((int) v[1]));
        admin().get("/api/v1/ledger/quotes/" + v[2]).then().statusCode(200).body("supersededBy", nullValue());
        admin().get("/api/v1/ledger/quotes?household=" + h).then().statusCode(200)
                .body("items.supersededBy", contains(null, (int) v[2], (int) v[1]));
    }

    @Test
    @DisplayName("GET versions/diff:默认比较现行版与其更正的版本;任意两版(第一版→第三版)逐行列出新增与变更及金额差")
    void differences() {
        String h = unique("C3D");
        long[] v = chain(h);
        JsonPath d = admin().get("/api/v1/households/" + h + "/versions/diff").then().statusCode(200)
                .extract().jsonPath();
        assertThat(d.getLong("from.seq")).isEqualTo(v[1]);
        assertThat(d.getLong("to.seq")).isEqualTo(v[2]);
        assertThat(d.getList("diff.lines.change")).containsExactly("UNCHANGED", "ADDED");
        assertThat(d.getString("diff.totalDifference.min")).isEqualTo("900.0");

        JsonPath all = admin().get("/api/v1/households/" + h + "/versions/diff?from=" + v[0] + "&to=" + v[2])
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("diff.lines.change")).containsExactly("CHANGED", "ADDED");
        assertThat(all.getList("diff.lines[0].changedFields", String.class)).contains("quantity", "amountMin");
        assertThat(all.getString("diff.lines[0].amountDifference.min")).isEqualTo("2400.0");
        assertThat(all.getInt("diff.counts.added")).isEqualTo(1);
        assertThat(all.getInt("diff.counts.changed")).isEqualTo(1);
        // 15,300 − 12,000
        assertThat(all.getString("diff.totalDifference.max")).isEqualTo("3300.0");

        JsonPath back = admin().get("/api/v1/households/" + h + "/versions/diff?from=" + v[2] + "&to=" + v[0])
                .then().statusCode(200).extract().jsonPath();
        assertThat(back.getList("diff.lines.change")).containsExactlyInAnyOrder("CHANGED", "REMOVED");
    }

    @Test
    @DisplayName("再次更正已被更正的记录:409,指明 supersedes 与现行记录号;不写入任何记录")
    void correctingASupersededEntryIsRefused() {
        String h = unique("C3R");
        long[] v = chain(h);
        admin().contentType(ContentType.JSON).body(body(h, "11", null))
                .post("/api/v1/quotes?persist=true&supersedes=" + v[0]).then().statusCode(409)
                .contentType("application/problem+json")
                .body("violations[0].field", is("supersedes"))
                .body("violations[0].rule", is("supersedes-already-superseded"))
                .body("violations[0].messageZh", org.hamcrest.Matchers.containsString("已被第" + v[1] + "号更正"));
        assertThat(ledger.versions(h, Scope.all())).hasSize(3);
        // and another household's entry cannot be superseded either (422)
        String other = unique("C3O");
        admin().contentType(ContentType.JSON).body(body(other, "11", null))
                .post("/api/v1/quotes?persist=true&supersedes=" + v[2]).then().statusCode(422)
                .body("violations[0].field", is("supersedes"))
                .body("violations[0].rule", is("supersedes-other-household"));
    }

    @Test
    @DisplayName("差异参数错误:他户记录或不存在的记录 422 指明 from/to;无记录的住户 404;非数字 400;只有一个版本时须给 from")
    void badParameters() {
        String h = unique("C3B");
        long[] v = chain(h);
        String other = unique("C3X");
        long o = persist(admin(), body(other, "10", null), null);
        admin().get("/api/v1/households/" + h + "/versions/diff?from=" + o).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", is("from"))
                .body("violations[0].rule", is("not-a-version-of-household"));
        admin().get("/api/v1/households/" + h + "/versions/diff?to=999999999").then().statusCode(422)
                .body("violations[0].field", is("to"));
        admin().get("/api/v1/households/" + unique("NONE") + "/versions").then().statusCode(404)
                .contentType("application/problem+json");
        admin().get("/api/v1/households/" + h + "/versions/diff?from=abc").then().statusCode(400)
                .contentType("application/problem+json");
        admin().get("/api/v1/households/" + other + "/versions/diff").then().statusCode(422)
                .body("violations[0].field", is("from"))
                .body("violations[0].rule", is("no-previous-version"));
        assertThat(v).hasSize(3);
    }

    @Test
    @DisplayName("角色:审计可读全部;评估机构只见本机构的记录,他户(他机构或镇里的)404,与不存在相同")
    void roles() {
        String h = unique("C3A");
        chain(h);
        String auditor = unique("aud");
        String password = "pw-" + auditor + "-0123456789";
        admin().contentType(ContentType.JSON)
                .body("{\"username\": \"" + auditor + "\", \"password\": \"" + password + "\", \"role\": \"auditor\"}")
                .post("/api/v1/admin/users").then().statusCode(201);
        given().auth().preemptive().basic(auditor, password).get("/api/v1/households/" + h + "/versions/diff")
                .then().statusCode(200);

        String firm = unique("甲评估公司");
        String key = admin().contentType(ContentType.JSON).body("{\"firm\": \"" + firm + "\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().jsonPath().getString("key");
        RequestSpecification f = given().header("X-Api-Key", key);
        f.get("/api/v1/households/" + h + "/versions").then().statusCode(404);
        f.get("/api/v1/households/" + h + "/versions/diff").then().statusCode(404);
        String own = unique("C3F");
        long a = persist(given().header("X-Api-Key", key), body(own, "10", null), null);
        long b = persist(given().header("X-Api-Key", key), body(own, "12", null), a);
        given().header("X-Api-Key", key).get("/api/v1/households/" + own + "/versions").then().statusCode(200)
                .body("versions.seq", contains((int) a, (int) b));
        given().header("X-Api-Key", key).get("/api/v1/households/" + own + "/versions/diff").then().statusCode(200)
                .body("diff.counts.changed", is(1));
        given().get("/api/v1/households/" + own + "/versions").then().statusCode(401);
    }

    @Test
    @DisplayName("分配给评估机构的住户:镇里更正后,该机构仍见全部版本,现行为镇里的更正;他机构 404")
    void anAssignedFirmSeesTheStaffsCorrection() {
        String firm = unique("乙评估公司");
        String key = admin().contentType(ContentType.JSON).body("{\"firm\": \"" + firm + "\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().jsonPath().getString("key");
        String h = unique("C3G");
        admin().contentType(ContentType.JSON).body("{\"code\": \"" + h + "\", \"headName\": \"王五\", "
                + "\"village\": \"堡子村\", \"appraisalFirm\": \"" + firm + "\"}").post("/api/v1/households")
                .then().statusCode(201);
        long byFirm = persist(given().header("X-Api-Key", key), body(h, "10", null), null);
        long byStaff = persist(admin(), body(h, "12", null), byFirm);
        given().header("X-Api-Key", key).get("/api/v1/households/" + h + "/versions").then().statusCode(200)
                .body("versions.seq", contains((int) byFirm, (int) byStaff)).body("current", is((int) byStaff));
        given().header("X-Api-Key", key).get("/api/v1/ledger/quotes/" + byStaff).then().statusCode(200);
        String other = admin().contentType(ContentType.JSON).body("{\"firm\": \"" + unique("丙评估公司") + "\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().jsonPath().getString("key");
        given().header("X-Api-Key", other).get("/api/v1/ledger/quotes/" + byStaff).then().statusCode(404);
        given().header("X-Api-Key", other).get("/api/v1/households/" + h + "/versions").then().statusCode(404);
    }
}
