package cn.wenshui.compensation.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import cn.wenshui.compensation.api.Households;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Firm A's entries are invisible to firm B: not readable, not verifiable, not listed, not counted, not correctable,
 * not reachable through an idempotency key, and no error names them. Staff and auditors see both.
 */
@QuarkusTest
@DisplayName("跨机构访问:A 机构的记录对 B 机构不可见,不计数,不泄露")
class CrossFirmTest {

    record Firm(String name, String key) {
    }

    private static Firm firm(String name) {
        return new Firm(name, Auth.issueKey(name));
    }

    private static Response persist(Firm f, String household, String village, String idempotencyKey) {
        var req = Auth.key(f.key()).contentType(ContentType.JSON).body(Households.small(household, village));
        if (idempotencyKey != null) {
            req = req.header("Idempotency-Key", idempotencyKey);
        }
        return req.post("/api/v1/quotes?persist=true");
    }

    @Test
    @DisplayName("B 读取、校验 A 的记录:404,与不存在的记录答复相同;A 自己可读,记录含所属机构与主体")
    void readAndVerifyOtherFirmsEntry() {
        Firm a = firm(Auth.unique("甲评估公司"));
        Firm b = firm(Auth.unique("乙评估公司"));
        String household = Auth.unique("XA");
        long id = persist(a, household, "堡子村", null).then().statusCode(201)
                .body("ownerFirm", is(a.name())).body("createdBy", startsWith("apikey:"))
                .extract().jsonPath().getLong("id");
        Auth.key(a.key()).get("/api/v1/ledger/quotes/" + id).then().statusCode(200)
                .body("ownerFirm", is(a.name())).body("householdId", is(household));

        Response other = Auth.key(b.key()).get("/api/v1/ledger/quotes/" + id);
        other.then().statusCode(404).contentType("application/problem+json");
        long missing = 900_000_000L + id;
        Response none = Auth.key(b.key()).get("/api/v1/ledger/quotes/" + missing);
        // The same answer as for an id that does not exist, but for the id itself.
        for (String field : new String[]{"type", "title", "status", "violations.size()", "violations[0].rule"}) {
            assertThat(other.jsonPath().getString(field)).as(field).isEqualTo(none.jsonPath().getString(field));
        }
        assertThat(other.jsonPath().getString("detail")).isEqualTo("no ledger entry " + id);
        assertThat(none.jsonPath().getString("detail")).isEqualTo("no ledger entry " + missing);
        assertThat(other.jsonPath().getString("violations[0].messageZh").replace(Long.toString(id), "N"))
                .isEqualTo(none.jsonPath().getString("violations[0].messageZh").replace(Long.toString(missing), "N"));
        assertNoLeak(other, a, household);

        Response verify = Auth.key(b.key()).contentType(ContentType.JSON).post("/api/v1/ledger/quotes/" + id + "/verify");
        verify.then().statusCode(404).contentType("application/problem+json");
        assertNoLeak(verify, a, household);
        Auth.key(a.key()).contentType(ContentType.JSON).post("/api/v1/ledger/quotes/" + id + "/verify").then()
                .statusCode(200).body("valid", is(true));

        // Staff and auditors see every firm's entry.
        Auth.admin().get("/api/v1/ledger/quotes/" + id).then().statusCode(200).body("ownerFirm", is(a.name()));
    }

    @Test
    @DisplayName("列表与计数:各机构只见自己的记录,总数只计自己的;按 A 的住户或村筛选得 0")
    void listsAndCounts() {
        Firm a = firm(Auth.unique("甲评估公司"));
        Firm b = firm(Auth.unique("乙评估公司"));
        String village = Auth.unique("共村");
        String householdA = Auth.unique("LA");
        persist(a, householdA, village, null).then().statusCode(201);
        persist(a, Auth.unique("LA"), village, null).then().statusCode(201);
        persist(b, Auth.unique("LB"), village, null).then().statusCode(201);

        Auth.key(a.key()).queryParam("village", village).get("/api/v1/ledger/quotes").then().statusCode(200)
                .body("total", is(2)).body("items.ownerFirm", everyItem(is(a.name())));
        Response bList = Auth.key(b.key()).queryParam("village", village).get("/api/v1/ledger/quotes");
        bList.then().statusCode(200).body("total", is(1)).body("items.ownerFirm", everyItem(is(b.name())));
        assertNoLeak(bList, a, householdA);
        Auth.key(b.key()).queryParam("household", householdA).get("/api/v1/ledger/quotes").then()
                .body("total", is(0)).body("items", empty());
        // Unfiltered, B's list holds only B's entries, whatever else the ledger holds.
        Response all = Auth.key(b.key()).queryParam("size", 100).get("/api/v1/ledger/quotes");
        all.then().body("total", is(1)).body("items.ownerFirm", everyItem(is(b.name())));
        assertNoLeak(all, a, householdA);
        // Staff and auditors count all three.
        Auth.admin().queryParam("village", village).get("/api/v1/ledger/quotes").then().body("total", is(3));
    }

    @Test
    @DisplayName("全链校验仅限工作人员与审计:评估机构 403,答复不含任何记录")
    void chainVerifyIsNotForFirms() {
        Firm b = firm(Auth.unique("乙评估公司"));
        Response r = Auth.key(b.key()).get("/api/v1/ledger/verify");
        r.then().statusCode(403).contentType("application/problem+json").body("entries", nullValue())
                .body("headHash", nullValue());
    }

    @Test
    @DisplayName("更正他机构的记录:422 supersedes-unknown,与不存在的记录相同")
    void cannotSupersedeOtherFirmsEntry() {
        Firm a = firm(Auth.unique("甲评估公司"));
        Firm b = firm(Auth.unique("乙评估公司"));
        String household = Auth.unique("SA");
        long id = persist(a, household, "堡子村", null).jsonPath().getLong("id");
        Response r = Auth.key(b.key()).contentType(ContentType.JSON).body(Households.small(household, "堡子村"))
                .post("/api/v1/ledger/quotes?supersedes=" + id);
        r.then().statusCode(422).body("violations[0].rule", is("supersedes-unknown"));
        assertNoLeak(r, a, household + "-none");
        Auth.key(a.key()).contentType(ContentType.JSON).body(Households.small(household, "堡子村"))
                .post("/api/v1/ledger/quotes?supersedes=" + id).then().statusCode(201).body("supersedes", is((int) id));
    }

    @Test
    @DisplayName("幂等键属于其使用者:B 用 A 的键得到自己的新记录(201),看不到 A 的记录;A 重放仍得 A 的记录")
    void idempotencyKeysAreNotShared() {
        Firm a = firm(Auth.unique("甲评估公司"));
        Firm b = firm(Auth.unique("乙评估公司"));
        String key = UUID.randomUUID().toString();
        String household = Auth.unique("IA");
        long first = persist(a, household, "堡子村", key).then().statusCode(201).extract().jsonPath().getLong("id");
        Response r = persist(b, household, "堡子村", key);
        r.then().statusCode(201).header("Idempotent-Replayed", "false").body("ownerFirm", is(b.name()));
        assertThat(r.jsonPath().getLong("id")).isNotEqualTo(first);
        assertNoLeak(r, a, household + "-none");
        persist(a, household, "堡子村", key).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", is((int) first));
    }

    @Test
    @DisplayName("审核报告:评估机构只能审核本机构的报告")
    void auditsOwnReportsOnly() {
        Firm a = firm(Auth.unique("甲评估公司"));
        String report = """
                {"firm": "%s", "reportId": "R-X", "household": {"id": "A-X"},
                 "lines": [{"ref": "1", "code": "1-1.annex.frame", "quantity": 10, "unitPrice": 1200, "amount": 12000}],
                 "statedTotal": 12000}""";
        Auth.key(a.key()).contentType(ContentType.JSON).body(report.formatted(a.name())).post("/api/v1/audits")
                .then().statusCode(200);
        Auth.key(a.key()).contentType(ContentType.JSON).body(report.formatted("别家评估公司")).post("/api/v1/audits")
                .then().statusCode(403).contentType("application/problem+json")
                .body("violations[0].rule", is("not-own-firm"));
        Auth.admin().contentType(ContentType.JSON).body(report.formatted("别家评估公司")).post("/api/v1/audits")
                .then().statusCode(200);
    }

    private static void assertNoLeak(Response r, Firm other, String otherHousehold) {
        assertThat(r.asString()).doesNotContain(other.name()).doesNotContain(otherHousehold)
                .doesNotContain("Exception");
    }
}
