package cn.wenshui.compensation.api.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import cn.wenshui.compensation.api.Households;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The household files' API with real credentials: staff (HTTP Basic, the test profile's first user), an auditor and
 * two appraisal firms (API keys). Masking, 404 for another firm's household and the access log are checked on the
 * answers and on the log itself.
 */
@QuarkusTest
@DisplayName("分户档案 API:登记、读取、修改、查询、分页、冲突与角色")
class HouseholdApiTest {
    static final String STAFF = "admin-test";
    private static String auditor;
    private static String auditorPassword;
    private static String firmA;
    private static String keyA;
    private static String keyB;

    static RequestSpecification staff() {
        return given().auth().preemptive().basic(STAFF, "admin-test-password");
    }

    private static synchronized void setUp() {
        if (keyA == null) {
            auditor = "hh-auditor-" + UUID.randomUUID().toString().substring(0, 8);
            auditorPassword = "pw-" + auditor + "-0123456789";
            staff().contentType(ContentType.JSON).body("{\"username\": \"" + auditor + "\", \"password\": \""
                    + auditorPassword + "\", \"role\": \"auditor\"}").post("/api/v1/admin/users").then()
                    .statusCode(201);
            firmA = "甲评估公司-" + UUID.randomUUID().toString().substring(0, 6);
            keyA = key(firmA);
            keyB = key("乙评估公司-" + UUID.randomUUID().toString().substring(0, 6));
        }
    }

    private static String key(String firm) {
        return staff().contentType(ContentType.JSON).body("{\"firm\": \"" + firm + "\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().jsonPath().getString("key");
    }

    static RequestSpecification auditor() {
        setUp();
        return given().auth().preemptive().basic(auditor, auditorPassword);
    }

    static RequestSpecification firmA() {
        setUp();
        return given().header("X-Api-Key", keyA);
    }

    static RequestSpecification firmB() {
        setUp();
        return given().header("X-Api-Key", keyB);
    }

    static String code() {
        return "BZ-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String body(String code, String headName, String village, String firm) {
        return """
                {"code": "%s", "headName": "%s", "idNumber": "141122198001011230", "village": "%s", "group": "三组",
                 "address": "堡子村东街12号", "phone": "13812345678", "bankName": "文水县农村信用社",
                 "bankAccount": "6222021234567890123", "appraisalFirm": %s, "notes": "测试"}
                """.formatted(code, headName, village, firm == null ? "null" : "\"" + firm + "\"");
    }

    static Response create(String json) {
        return staff().contentType(ContentType.JSON).body(json).post("/api/v1/households");
    }

    private static void problem(Response r, int status, String field, String rule) {
        r.then().log().ifValidationFails().statusCode(status).contentType("application/problem+json")
                .body("violations[0].field", is(field)).body("violations[0].rule", is(rule))
                .body("violations[0].messageZh", not(emptyOrNullString()))
                .body("violations[0].messageEn", not(emptyOrNullString()))
                .body(not(containsString("Exception")));
    }

    @Test
    @DisplayName("登记:201、Location、ETag,状态 登记,工作人员读到完整个人信息")
    void createAndRead() {
        String code = code();
        Response r = create(body(code, "王建国", "堡子村", null));
        r.then().statusCode(201).header("Location", endsWith("/api/v1/households/" + code))
                .header("ETag", is("\"0\""))
                .body("code", is(code)).body("state", is("REGISTERED")).body("stateLabel", is("登记"))
                .body("masked", is(false)).body("version", is(0)).body("currentEntry", nullValue());
        staff().get("/api/v1/households/" + code).then().statusCode(200).header("ETag", is("\"0\""))
                .body("headName", is("王建国")).body("idNumber", is("141122198001011230"))
                .body("phone", is("13812345678")).body("bankAccount", is("6222021234567890123"))
                .body("group", is("三组")).body("address", is("堡子村东街12号"));
    }

    @Test
    @DisplayName("编号重复:409,指明 code 与 unique 规则")
    void duplicateCode() {
        String code = code();
        create(body(code, "王建国", "堡子村", null)).then().statusCode(201);
        problem(create(body(code, "李四", "堡子村", null)), 409, "code", "unique");
        staff().get("/api/v1/households/" + code).then().body("headName", is("王建国"));
    }

    @Test
    @DisplayName("身份证号校验码错、出生日期不存在:422,指明 idNumber 与规则;电话、必填、编号格式:400;均不存储")
    void badInput() {
        String code = code();
        problem(create(body(code, "王建国", "堡子村", null).replace("141122198001011230", "141122198001011231")),
                422, "idNumber", "gb11643-check-digit");
        problem(create(body(code, "王建国", "堡子村", null).replace("141122198001011230", "141122199002300010")),
                422, "idNumber", "gb11643-birth-date");
        problem(create(body(code, "王建国", "堡子村", null).replace("13812345678", "12345")), 400, "phone",
                "pattern");
        problem(create(body(code, "", "堡子村", null)), 400, "headName", "required");
        problem(create(body(code, "王建国", "堡子村", null).replace("6222021234567890123", "62220A")), 400,
                "bankAccount", "digits");
        problem(create(body("bad/code", "王建国", "堡子村", null)), 400, "code", "pattern");
        problem(create(body(code, "王建国", "堡子村", null).replace("\"code\": \"" + code + "\",", "")), 400, "code",
                "required");
        staff().contentType(ContentType.JSON).body("{\"code\": ").post("/api/v1/households").then().statusCode(400)
                .contentType("application/problem+json");
        staff().contentType(ContentType.JSON).body("{\"code\": [1]}").post("/api/v1/households").then()
                .statusCode(400).contentType("application/problem+json");
        staff().get("/api/v1/households/" + code).then().statusCode(404).contentType("application/problem+json");
        // a lower-case x is taken as X
        create(body(code, "王建国", "堡子村", null).replace("141122198001011230", "11010519491231002x"))
                .then().statusCode(201).body("idNumber", is("11010519491231002X"));
    }

    @Test
    @DisplayName("修改:If-Match 或 version;过期版本 412,未给版本 428,改编号 422")
    void updateWithOptimisticLocking() {
        String code = code();
        create(body(code, "王建国", "堡子村", null)).then().statusCode(201);
        String path = "/api/v1/households/" + code;
        staff().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(code, "王建华", "堡子村", null)).put(path)
                .then().statusCode(200).header("ETag", is("\"1\"")).body("headName", is("王建华"))
                .body("version", is(1)).body("updatedBy", is(STAFF));
        // someone else's edit was based on version 0: refused, nothing changed
        problem(staff().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(code, "王某", "堡子村", null)).put(path), 412, "If-Match", "stale-version");
        problem(staff().contentType(ContentType.JSON)
                .body(body(code, "王某", "堡子村", null).replace("\"notes\"", "\"version\": 0, \"notes\"")).put(path),
                412, "version", "stale-version");
        problem(staff().contentType(ContentType.JSON).body(body(code, "王某", "堡子村", null)).put(path), 428,
                "version", "required");
        problem(staff().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body(code(), "王某", "堡子村", null)).put(path), 422, "code", "immutable");
        problem(staff().contentType(ContentType.JSON).header("If-Match", "abc")
                .body(body(code, "王某", "堡子村", null)).put(path), 400, "If-Match", "etag");
        staff().get(path).then().body("headName", is("王建华")).body("version", is(1));
        staff().contentType(ContentType.JSON)
                .body(body(code, "王建华", "西堡子村", null).replace("\"notes\"", "\"version\": 1, \"notes\""))
                .put(path).then().statusCode(200).body("village", is("西堡子村")).body("version", is(2))
                .body("state", is("REGISTERED"));
        problem(staff().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(code(), "王某", "堡子村", null)).put("/api/v1/households/" + code() ), 422, "code",
                "immutable");
    }

    @Test
    @DisplayName("查询:户主姓名片段、编号前缀、村、组、状态;分页与总数;最新在前或按编号")
    void searchAndPaging() {
        String village = "查询村" + UUID.randomUUID().toString().substring(0, 6);
        String prefix = "SQ" + UUID.randomUUID().toString().substring(0, 6) + "-";
        for (int i = 1; i <= 5; i++) {
            create(body(prefix + i, i % 2 == 0 ? "赵" + i + "明" : "钱" + i + "亮", village, null)).then()
                    .statusCode(201);
        }
        JsonPath all = staff().queryParam("village", village).queryParam("size", 2).get("/api/v1/households")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getLong("total")).isEqualTo(5);
        assertThat(all.getList("items.code", String.class)).containsExactly(prefix + 5, prefix + 4);
        JsonPath last = staff().queryParam("village", village).queryParam("size", 2).queryParam("page", 2)
                .get("/api/v1/households").then().statusCode(200).extract().jsonPath();
        assertThat(last.getList("items.code", String.class)).containsExactly(prefix + 1);
        assertThat(staff().queryParam("village", village).queryParam("order", "code").get("/api/v1/households")
                .jsonPath().getList("items.code", String.class))
                .containsExactly(prefix + 1, prefix + 2, prefix + 3, prefix + 4, prefix + 5);
        assertThat(staff().queryParam("village", village).queryParam("q", "明").get("/api/v1/households")
                .jsonPath().getList("items.code", String.class)).containsExactlyInAnyOrder(prefix + 2, prefix + 4);
        assertThat(staff().queryParam("code", prefix + "3").get("/api/v1/households").jsonPath()
                .getList("items.code", String.class)).containsExactly(prefix + 3);
        assertThat(staff().queryParam("village", village).queryParam("group", "三组").queryParam("state", "REGISTERED")
                .get("/api/v1/households").jsonPath().getLong("total")).isEqualTo(5);
        assertThat(staff().queryParam("village", village).queryParam("state", "SIGNED")
                .get("/api/v1/households").jsonPath().getLong("total")).isZero();
        // a LIKE wildcard is taken literally
        assertThat(staff().queryParam("village", village).queryParam("q", "%").get("/api/v1/households")
                .jsonPath().getLong("total")).isZero();
        problem(staff().queryParam("size", 0).get("/api/v1/households"), 400, "size", "range");
        problem(staff().queryParam("size", 101).get("/api/v1/households"), 400, "size", "range");
        problem(staff().queryParam("page", -1).get("/api/v1/households"), 400, "page", "range");
        problem(staff().queryParam("page", "x").get("/api/v1/households"), 400, "page", "integer");
        problem(staff().queryParam("state", "NOPE").get("/api/v1/households"), 400, "state", "one-of");
        problem(staff().queryParam("order", "name").get("/api/v1/households"), 400, "order", "one-of");
    }

    @Test
    @DisplayName("每个答复带当前台账记录(编号、合计上下限)")
    void currentLedgerEntry() {
        String code = code();
        create(body(code, "孙立", "堡子村", null)).then().statusCode(201);
        long entry = staff().contentType(ContentType.JSON).body(Households.small(code, "堡子村"))
                .post("/api/v1/ledger/quotes").then().statusCode(201).extract().jsonPath().getLong("id");
        // 附属平房 框架结构 10 m² × 1200 = 12,000.00
        staff().get("/api/v1/households/" + code).then().statusCode(200)
                .body("currentEntry.id", is((int) entry))
                .body("currentEntry.totalMin", comparesEqualTo(12000.00f))
                .body("currentEntry.totalMax", comparesEqualTo(12000.00f));
        assertThat(staff().queryParam("code", code).get("/api/v1/households").jsonPath()
                .getLong("items[0].currentEntry.id")).isEqualTo(entry);
    }

    @Test
    @DisplayName("审计:读取全部但个人信息遮蔽;不能登记或修改")
    void auditorReadsMasked() {
        String code = code();
        create(body(code, "周小明", "堡子村", null)).then().statusCode(201);
        auditor().get("/api/v1/households/" + code).then().statusCode(200).body("masked", is(true))
                .body("headName", is("周*明")).body("idNumber", is("141122********1230"))
                .body("phone", is("138****5678")).body("bankAccount", is("***************0123"))
                .body(not(containsString("周小明"))).body(not(containsString("141122198001011230")));
        assertThat(auditor().queryParam("code", code).get("/api/v1/households").asString())
                .contains("周*明").doesNotContain("周小明").doesNotContain("13812345678");
        auditor().contentType(ContentType.JSON).body(body(code(), "周小明", "堡子村", null))
                .post("/api/v1/households").then().statusCode(403).contentType("application/problem+json");
        auditor().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body(code, "周明", "堡子村", null))
                .put("/api/v1/households/" + code).then().statusCode(403);
    }

    @Test
    @DisplayName("评估机构:只读本机构的住户(遮蔽);他机构的住户 404,与不存在的完全相同;查询只见本机构")
    void appraisalFirmSeesOnlyItsOwn() {
        setUp();
        String own = code();
        String other = code();
        create(body(own, "吴大山", "堡子村", firmA)).then().statusCode(201);
        create(body(other, "郑小川", "堡子村", "另一评估公司")).then().statusCode(201);
        firmA().get("/api/v1/households/" + own).then().statusCode(200).body("masked", is(true))
                .body("headName", is("吴*山")).body("appraisalFirm", is(firmA));
        Response otherAnswer = firmA().get("/api/v1/households/" + other);
        Response missing = firmA().get("/api/v1/households/NO-SUCH-" + other.substring(3));
        otherAnswer.then().statusCode(404).contentType("application/problem+json");
        assertThat(otherAnswer.asString().replace(other, "X"))
                .isEqualTo(missing.asString().replace("NO-SUCH-" + other.substring(3), "X"));
        firmB().get("/api/v1/households/" + own).then().statusCode(404);
        JsonPath found = firmA().queryParam("village", "堡子村").queryParam("size", 100).get("/api/v1/households")
                .jsonPath();
        assertThat(found.getList("items.appraisalFirm", String.class)).containsOnly(firmA);
        assertThat(found.getList("items.code", String.class)).contains(own).doesNotContain(other);
        assertThat(firmB().queryParam("code", own).get("/api/v1/households").jsonPath().getLong("total")).isZero();
        firmA().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body(own, "吴山", "堡子村", firmA))
                .put("/api/v1/households/" + own).then().statusCode(403);
        firmA().get("/api/v1/households/" + own + "/access-log").then().statusCode(403);
    }

    @Test
    @DisplayName("匿名:401 problem+json")
    void anonymous() {
        given().get("/api/v1/households").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/households/BZ-1").then().statusCode(401);
        given().contentType(ContentType.JSON).body(body(code(), "王建国", "堡子村", null)).post("/api/v1/households")
                .then().statusCode(401);
    }

    @Test
    @DisplayName("访问记录:工作人员每次读取未遮蔽的个人信息都记录(谁、何时、用途);遮蔽的读取不记录")
    void accessLog() {
        String code = code();
        create(body(code, "冯志远", "堡子村", firmAName())).then().statusCode(201);
        String log = "/api/v1/households/" + code + "/access-log";
        int afterCreate = staff().get(log).then().statusCode(200).extract().jsonPath().getList("items").size();
        assertThat(afterCreate).as("the create answer showed the data in full").isEqualTo(1);
        auditor().get("/api/v1/households/" + code).then().statusCode(200);
        firmA().get("/api/v1/households/" + code).then().statusCode(200);
        auditor().queryParam("code", code).get("/api/v1/households").then().statusCode(200);
        assertThat(staff().get(log).jsonPath().getList("items")).hasSize(1);
        staff().get("/api/v1/households/" + code).then().statusCode(200);
        staff().queryParam("code", code).get("/api/v1/households").then().statusCode(200);
        JsonPath entries = auditor().get(log).then().statusCode(200).extract().jsonPath();
        List<String> purposes = entries.getList("items.purpose", String.class);
        assertThat(purposes).containsExactly("api:search", "api:read", "api:write");
        assertThat(entries.getList("items.principal", String.class)).containsOnly(STAFF);
        assertThat(entries.getString("items[0].accessedAt")).isNotBlank();
        staff().get("/api/v1/households/NO-SUCH-1/access-log").then().statusCode(404);
    }

    private static String firmAName() {
        setUp();
        return firmA;
    }
}
