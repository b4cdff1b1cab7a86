package cn.wenshui.compensation.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("API 密钥:签发(仅显示一次)、列表(无密钥)、吊销(401)、只存哈希")
class ApiKeyTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("签发:201,密钥仅在此答复中出现;库中只有 SHA-256;列表与查询不含密钥")
    void issueShowsKeyOnce() throws Exception {
        String firm = Auth.unique("签发评估公司");
        Response issued = Auth.admin().contentType(ContentType.JSON).body("{\"firm\": \"" + firm + "\"}")
                .post("/api/v1/admin/api-keys");
        issued.then().statusCode(201).header("Location", containsString("/api/v1/admin/api-keys/"))
                .header("Cache-Control", "no-store")
                .body("firm", is(firm)).body("createdBy", is(Auth.ADMIN))
                .body("key", matchesPattern("wsk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}"))
                .body("prefix", matchesPattern("[A-Za-z0-9]{8}"));
        String key = issued.jsonPath().getString("key");
        String prefix = issued.jsonPath().getString("prefix");
        long id = issued.jsonPath().getLong("id");
        assertThat(key).startsWith("wsk_" + prefix + "_");

        Response list = Auth.admin().get("/api/v1/admin/api-keys");
        list.then().statusCode(200).body("find { it.id == " + id + " }.prefix", is(prefix))
                .body("find { it.id == " + id + " }.active", is(true))
                .body("find { it.id == " + id + " }.key", nullValue());
        assertThat(list.asString()).doesNotContain(key.substring(13)).doesNotContain(sha256(key));
        assertThat(Auth.admin().get("/api/v1/admin/api-keys/" + id).asString()).doesNotContain(key.substring(13));

        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM api_key WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString("key_hash")).isEqualTo(sha256(key));
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    assertThat(String.valueOf(rs.getObject(i))).as("column " + rs.getMetaData().getColumnName(i))
                            .doesNotContain(key.substring(13));
                }
            }
        }
        Auth.key(key).get("/api/v1/ledger/quotes").then().statusCode(200);
    }

    @Test
    @DisplayName("吊销:此后 401 problem+json;与未知密钥的答复相同;重复吊销不变;未知编号 404")
    void revokedKeyIs401() {
        String key = Auth.issueKey(Auth.unique("吊销评估公司"));
        long id = Auth.admin().get("/api/v1/admin/api-keys").jsonPath()
                .getLong("find { it.prefix == '" + key.substring(4, 12) + "' }.id");
        Auth.key(key).get("/api/v1/ledger/quotes").then().statusCode(200);
        Response revoked = Auth.admin().delete("/api/v1/admin/api-keys/" + id);
        revoked.then().statusCode(200).body("active", is(false)).body("revokedBy", is(Auth.ADMIN))
                .body("revokedAt", notNullValue());
        Auth.admin().delete("/api/v1/admin/api-keys/" + id).then().statusCode(200)
                .body("revokedAt", is(revoked.jsonPath().getString("revokedAt")));

        Response denied = Auth.key(key).get("/api/v1/ledger/quotes");
        denied.then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("violations[0].rule", is("authentication-required"))
                .body("violations[0].messageZh", not(emptyOrNullString()));
        Response unknown = Auth.key("wsk_AAAAAAAA_" + "A".repeat(43)).get("/api/v1/ledger/quotes");
        unknown.then().statusCode(401);
        assertThat(denied.asString()).isEqualTo(unknown.asString());
        Auth.key("not a key at all").contentType(ContentType.JSON).body("{}").post("/api/v1/quotes").then()
                .statusCode(401).contentType("application/problem+json");
        // A bad key is refused even where no login is needed: credentials sent are always checked.
        Auth.key(key).get("/api/v1/schedules").then().statusCode(401);
        Auth.admin().delete("/api/v1/admin/api-keys/987654321").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @DisplayName("签发请求无效:400 problem+json")
    void badIssueRequests() {
        Auth.admin().contentType(ContentType.JSON).body("{\"firm\": \"  \"}").post("/api/v1/admin/api-keys").then()
                .statusCode(400).contentType("application/problem+json");
        Auth.admin().contentType(ContentType.JSON).body("{\"firm\": \"x\", \"key\": \"mine\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(400).body("violations[0].rule", is("unknown-field"));
        Auth.admin().contentType(ContentType.JSON).post("/api/v1/admin/api-keys").then().statusCode(400);
    }

    /** The stored form of a key, computed here independently of ApiKeys. */
    private static String sha256(String key) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
