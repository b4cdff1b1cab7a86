package cn.wenshui.compensation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Rewriting the ledger with write access to the database (plain JDBC, as a database administrator could), on a
 * ledger that predates MACs ({@link LegacyLedgerResource}): each attack must be reported by the service's own
 * verification, by entry id. Run on H2 and on PostgreSQL. The methods run in order: the last leaves a fork behind.
 */
@TestSecurity(user = "staff-test", roles = "staff")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LedgerTamperContract {
    @Inject
    AgroalDataSource dataSource;

    static long append() {
        return given().contentType(ContentType.JSON)
                .body(Households.small("TAMPER-" + UUID.randomUUID().toString().substring(0, 8), "堡子村"))
                .post("/api/v1/ledger/quotes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response chain() {
        return given().get("/api/v1/ledger/verify");
    }

    static Response verify(long id) {
        return given().contentType(ContentType.JSON).post("/api/v1/ledger/quotes/" + id + "/verify");
    }

    static String macKey() {
        return ConfigProvider.getConfig().getValue("compensation.ledger.mac-key", String.class);
    }

    static List<String> checkpointLines() throws Exception {
        return Files.readAllLines(Path.of(ConfigProvider.getConfig()
                .getValue("compensation.ledger.checkpoint-file", String.class)), StandardCharsets.UTF_8);
    }

    private static String hash(long id) {
        return given().get("/api/v1/ledger/quotes/" + id).then().extract().path("contentHash");
    }

    @Test
    @Order(1)
    @DisplayName("迁移:MAC 之前写入的记录(格式1、格式2)首次启动时补加 MAC 并记入校验点,全链校验通过;明细表印有链头校验点")
    void legacyEntriesAreSealedOnFirstStart() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            List<Object[]> legacy = LedgerRows.from(c, 1).subList(0, LegacyLedgerResource.LEGACY_ENTRIES);
            for (Object[] r : legacy) {
                assertThat(((String) r[LedgerRows.MAC]).trim()).as("entry %s sealed", r[LedgerRows.SEQ])
                        .isEqualTo(LedgerRows.mac(r, macKey()));
            }
            String legacyHead = ((String) legacy.get(2)[LedgerRows.CONTENT_HASH]).trim();
            assertThat(checkpointLines()).anyMatch(l -> l.startsWith("backfill 3 " + legacyHead + " "));
        }
        chain().then().log().ifValidationFails().statusCode(200).body("valid", is(true))
                .body("broken", empty()).body("recomputed", empty()).body("forks", empty())
                .body("truncated", nullValue()).body("lastCheckpoint.id", is(3));
        long id = append();
        try (Connection c = dataSource.getConnection()) {
            Object[] r = LedgerRows.one(c, id);
            assertThat(((String) r[LedgerRows.MAC]).trim()).as("a new entry is sealed as it is written")
                    .isEqualTo(LedgerRows.mac(r, macKey()));
        }
        assertThat(checkpointLines()).anyMatch(l -> l.startsWith("append " + id + " " + hash(id) + " "));
        chain().then().body("valid", is(true)).body("entries", is(4)).body("lastCheckpoint.id", is((int) id));
        verify(id).then().statusCode(200).body("valid", is(true)).body("macMatches", is(true))
                .body("checkpointMatches", is(true)).body("ledgerIntact", is(true));
        given().get("/ledger/" + id + "/print").then().statusCode(200)
                .body(containsString("台账链头校验点"), containsString("第 " + id + " 条"), containsString(hash(id)));
    }

    @Test
    @Order(2)
    @DisplayName("改写:把记录改到另一评估机构名下并重算其后全部哈希 → 哈希与链接都对,MAC 与校验点按编号指出")
    void ownerFirmChangedAndHashesRecomputed() throws Exception {
        long a = append();
        long b = append();
        List<Object[]> saved;
        try (Connection c = dataSource.getConnection()) {
            saved = LedgerRows.from(c, a);
            try (var ps = c.prepareStatement("UPDATE ledger_entry SET owner_firm = ? WHERE seq = ?")) {
                ps.setString(1, "某评估公司");
                ps.setLong(2, a);
                ps.executeUpdate();
            }
            LedgerRows.rehashFrom(c, a);
        }
        try {
            given().get("/api/v1/ledger/quotes/" + a).then().body("ownerFirm", is("某评估公司"));
            chain().then().log().ifValidationFails().statusCode(200).body("valid", is(false))
                    .body("recomputed", hasItems((int) a, (int) b))
                    .body("broken.id", hasItems((int) a, (int) b))
                    .body("broken.find { it.id == " + a + " }.contentHashMatches", is(true))
                    .body("broken.find { it.id == " + a + " }.chainLinkMatches", is(true))
                    .body("broken.find { it.id == " + a + " }.macMatches", is(false))
                    .body("forks.id", hasItems((int) a, (int) b)).body("truncated", nullValue());
            verify(a).then().statusCode(200).body("valid", is(false)).body("contentHashMatches", is(true))
                    .body("chainLinkMatches", is(true)).body("macMatches", is(false))
                    .body("checkpointMatches", is(false)).body("ledgerIntact", is(false))
                    .body("differences", hasItem(startsWith("MAC: does not match")));
        } finally {
            try (Connection c = dataSource.getConnection()) {
                for (Object[] r : saved) {
                    LedgerRows.restore(c, r);
                }
                Object[] last = saved.get(saved.size() - 1);
                LedgerRows.head(c, ((Number) last[LedgerRows.SEQ]).longValue(), (String) last[LedgerRows.CONTENT_HASH]);
            }
        }
        chain().then().log().ifValidationFails().body("valid", is(true));
    }

    @Test
    @Order(3)
    @DisplayName("改写:格式1的旧记录其哈希不含所属机构;直接填上机构 → MAC 与格式规则指出该记录")
    void firmSetOnFormatOneEntry() throws Exception {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("UPDATE ledger_entry SET owner_firm = ? WHERE seq = 1")) {
            ps.setString(1, "某评估公司");
            ps.executeUpdate();
            try {
                chain().then().statusCode(200).body("valid", is(false)).body("broken.id", hasItem(1))
                        .body("broken.find { it.id == 1 }.macMatches", is(false));
            } finally {
                ps.setString(1, null);
                ps.executeUpdate();
            }
        }
        chain().then().body("valid", is(true));
    }

    @Test
    @Order(4)
    @DisplayName("截断:删除最新两条记录并把链头移回 → 余下的链自洽,校验点揭示截断;放回后通过;外来锚点同样核对")
    void newestEntriesDeletedAndHeadMovedBack() throws Exception {
        long kept = append();
        long d1 = append();
        long d2 = append();
        String d2Hash = hash(d2);
        List<Object[]> saved;
        try (Connection c = dataSource.getConnection()) {
            saved = LedgerRows.from(c, d1);
            LedgerRows.deleteFrom(c, d1);
            LedgerRows.head(c, kept, hash(kept));
        }
        try {
            chain().then().log().ifValidationFails().statusCode(200).body("valid", is(false))
                    .body("broken", empty()).body("recomputed", empty())
                    .body("truncated.ledgerEndsAt", is((int) kept)).body("truncated.checkpointId", is((int) d2))
                    .body("truncated.checkpointHash", is(d2Hash));
            verify(kept).then().statusCode(200).body("valid", is(true)).body("ledgerIntact", is(false))
                    .body("differences", hasItem(startsWith("ledger: truncated")));
        } finally {
            try (Connection c = dataSource.getConnection()) {
                for (Object[] r : saved) {
                    LedgerRows.insert(c, r);
                }
                LedgerRows.head(c, d2, d2Hash);
            }
        }
        chain().then().body("valid", is(true)).body("truncated", nullValue());
        // A checkpoint from outside, e.g. the one printed on a household's sheet.
        given().queryParam("anchorId", d2).queryParam("anchorHash", d2Hash).get("/api/v1/ledger/verify").then()
                .statusCode(200).body("valid", is(true));
        given().queryParam("anchorId", d1).queryParam("anchorHash", "f".repeat(64)).get("/api/v1/ledger/verify")
                .then().statusCode(200).body("valid", is(false)).body("forks[0].id", is((int) d1))
                .body("forks[0].source", is("given anchor"));
        given().queryParam("anchorId", d2 + 1000).queryParam("anchorHash", d2Hash).get("/api/v1/ledger/verify")
                .then().statusCode(200).body("valid", is(false)).body("truncated.checkpointId", is((int) d2 + 1000));
        given().queryParam("anchorId", d2).get("/api/v1/ledger/verify").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @Order(5)
    @DisplayName("分叉:回滚最新两条后服务继续写入同一编号 → 链自洽、MAC 正确,校验点按编号报告分叉")
    void rolledBackThenContinued() throws Exception {
        long kept = append();
        long x = append();
        long y = append();
        String xHash = hash(x);
        String yHash = hash(y);
        try (Connection c = dataSource.getConnection()) {
            LedgerRows.deleteFrom(c, x);
            LedgerRows.head(c, kept, hash(kept));
        }
        assertThat(append()).isEqualTo(x);
        assertThat(append()).isEqualTo(y);
        chain().then().log().ifValidationFails().statusCode(200).body("valid", is(false))
                .body("broken", empty()).body("recomputed", empty()).body("truncated", nullValue())
                .body("forkedEntries", is(2)).body("forks.id", contains((int) x, (int) y))
                .body("forks.find { it.id == " + x + " }.checkpointHash", is(xHash))
                .body("forks.find { it.id == " + y + " }.checkpointHash", is(yHash))
                .body("forks.find { it.id == " + x + " }.storedHash", is(hash(x)));
        verify(x).then().statusCode(200).body("valid", is(false)).body("macMatches", is(true))
                .body("checkpointMatches", is(false)).body("differences", hasItem(containsString("(fork)")));
    }
}
