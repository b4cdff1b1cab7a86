package cn.wenshui.compensation.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import cn.wenshui.compensation.api.Households;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 3: keys were global, so firm B learnt that A had used a key (422) and, taking a predictable key
 * first (BZ-001-2023-07-05), blocked A's later write. Keys now belong to the principal that used them.
 */
@QuarkusTest
@DisplayName("幂等键按主体区分:他人的键既不重放也不阻挡")
class IdempotencyScopeTest {

    private static Response persist(RequestSpecification who, String household, String key) {
        return who.contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Households.small(household, "堡子村")).post("/api/v1/ledger/quotes");
    }

    @Test
    @DisplayName("发现 3:B 抢先用可预测的键,不阻挡 A 的写入;A 的重放仍得 A 自己的记录")
    void aKeyTakenFirstByAnotherFirmDoesNotBlock() {
        String a = Auth.issueKey(Auth.unique("甲评估公司"));
        String b = Auth.issueKey(Auth.unique("乙评估公司"));
        String household = Auth.unique("BZ");
        String key = household + "-2023-07-05";
        long taken = persist(Auth.key(b), household, key).then().statusCode(201).extract().jsonPath().getLong("id");
        Response mine = persist(Auth.key(a), household, key);
        mine.then().statusCode(201).header("Idempotent-Replayed", "false");
        long id = mine.jsonPath().getLong("id");
        assertThat(id).isNotEqualTo(taken);
        persist(Auth.key(a), household, key).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", is((int) id));
        persist(Auth.key(b), household, key).then().statusCode(200).body("id", is((int) taken));
    }

    @Test
    @DisplayName("staff 与评估机构、两名 staff 之间同样互不影响;同一主体以同一键发不同请求仍为 422")
    void staffUsersHaveTheirOwnKeys() {
        String staff = Auth.unique("idem");
        String password = Auth.createUser(staff, "staff");
        String firm = Auth.issueKey(Auth.unique("丙评估公司"));
        String household = Auth.unique("ST");
        String key = "batch-" + household;
        long admins = persist(Auth.admin(), household, key).then().statusCode(201).extract().jsonPath().getLong("id");
        long others = persist(Auth.basic(staff, password), household, key).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long firms = persist(Auth.key(firm), household, key).then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(new long[] {admins, others, firms}).doesNotHaveDuplicates();
        persist(Auth.admin(), household + "-other", key).then().statusCode(422)
                .body("violations[0].rule", is("idempotency-key-reused"));
        // the persist=true route of the quote endpoint shares the same keys
        Auth.basic(staff, password).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Households.small(household, "堡子村")).post("/api/v1/quotes?persist=true").then().statusCode(200)
                .body("id", is((int) others));
    }
}
