package cn.wenshui.compensation.api.lifecycle;

import static io.restassured.RestAssured.given;

import cn.wenshui.compensation.api.Households;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Households written straight into the table (the household API is another helper's), quotes and events by HTTP. */
final class EventFixtures {
    static final String ADMIN = "admin-test";
    static final String ADMIN_PASSWORD = "admin-test-password";

    private EventFixtures() {
    }

    static RequestSpecification staff() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A household row in state 登记 (REGISTERED); {@code firm}: the appraisal firm assigned, or null. */
    static String household(AgroalDataSource ds, String firm) throws Exception {
        String code = unique("EV");
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO household (code, head_name, village, state, "
                     + "appraisal_firm, created_at, created_by, updated_at, updated_by) "
                     + "VALUES (?, '李四', '堡子村', 'REGISTERED', ?, ?, 'test', ?, 'test')")) {
            ps.setString(1, code);
            ps.setString(2, firm);
            ps.setObject(3, OffsetDateTime.now());
            ps.setObject(4, OffsetDateTime.now());
            ps.executeUpdate();
        }
        return code;
    }

    /** 附属平房 框架结构 10 m² × 1200 = 12,000.00, no dates: the household's first entry. */
    static long quote(String code) {
        return staff().contentType(ContentType.JSON).body(Households.small(code, "堡子村"))
                .post("/api/v1/ledger/quotes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response event(String code, String kind, String date, String more) {
        return staff().contentType(ContentType.JSON)
                .body("{\"kind\": \"" + kind + "\", \"date\": \"" + date + "\"" + (more == null ? "" : ", " + more) + "}")
                .post("/api/v1/households/" + code + "/events");
    }

    static void ok(String code, String kind, String date, String more) {
        event(code, kind, date, more).then().statusCode(201);
    }

    /** 评估 2023-06-01, 公示 第一轮 2023-06-10, 第二轮 2023-06-20. */
    static void published(String code) {
        ok(code, "APPRAISAL_RECEIVED", "2023-06-01", null);
        ok(code, "PUBLISHED", "2023-06-10", "\"round\": 1");
        ok(code, "PUBLISHED", "2023-06-20", "\"round\": 2");
    }

    static Response events(String code, String asOf) {
        return staff().get("/api/v1/households/" + code + "/events" + (asOf == null ? "" : "?asOf=" + asOf));
    }
}
