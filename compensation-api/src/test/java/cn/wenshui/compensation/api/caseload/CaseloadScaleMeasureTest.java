package cn.wenshui.compensation.api.caseload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.security.Scope;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.QuoteEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test of correctness and not run by default: builds a 片区 of N households with three ledger versions each
 * (registered and quoted; corrected after the appraisal; signed and paid, so a third of them wait to move) and times
 * the dashboard, the deadline list and one page of the ledger list in the same run. Run with
 * {@code mvn -B -o -pl compensation-api -am test -Dtest='CaseloadScaleMeasure*' -Dcaseload.scale=10000
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures are printed and recorded in docs/performance.md.
 */
@EnabledIfSystemProperty(named = "caseload.scale", matches = "\\d+")
@TestSecurity(user = "staff-test", roles = "staff")
abstract class CaseloadScaleMeasureTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    LedgerService ledger;
    @Inject
    EngineRegistry registry;
    @Inject
    ObjectMapper mapper;

    @Test
    void measure() throws Exception {
        int n = Integer.parseInt(System.getProperty("caseload.scale"));
        String village = "量测-" + System.nanoTime() % 100000;
        QuoteEngine engine = registry.current();
        LedgerService.Author author = new LedgerService.Author("staff-test", null, null, Scope.all());
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO household (code, head_name, village, group_name, state, created_at, created_by, "
                        + "updated_at, updated_by) VALUES (?, '王五', ?, ?, ?, ?, 'm', ?, 'm')")) {
            for (int i = 0; i < n; i++) {
                ps.setString(1, village + "-" + i);
                ps.setString(2, village + (i % 10));
                ps.setString(3, (i % 7 + 1) + "组");
                ps.setString(4, i % 3 == 0 ? "PAID" : i % 3 == 1 ? "SIGNED" : "APPRAISED");
                ps.setObject(5, OffsetDateTime.now());
                ps.setObject(6, OffsetDateTime.now());
                ps.addBatch();
                if (i % 500 == 499) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        long t1 = System.nanoTime();
        LocalDate base = LocalDate.of(2023, 7, 1);
        for (int i = 0; i < n; i++) {
            String code = village + "-" + i;
            String v = village + (i % 10);
            long first = append(engine, author, body(code, v, 10 + i % 40, null), null);
            long second = append(engine, author, body(code, v, 12 + i % 40, null), first);
            String dates = i % 3 == 0 ? "{\"agreementSigned\": \"" + base.plusDays(i % 60) + "\", \"compensationPaid\": \""
                    + base.plusDays(i % 60 + 2) + "\"}" : null;
            append(engine, author, body(code, v, 12 + i % 40, dates), second);
        }
        long t2 = System.nanoTime();
        String asOf = "2023-08-15";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "households %d, ledger entries %d; set-up: files %.1f s, entries %.1f s",
                n, 3 * n, (t1 - t0) / 1e9, (t2 - t1) / 1e9));
        try (Connection c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM caseload_entry")) {
            rs.next();
            lines.add("digests kept at append: " + rs.getLong(1));
        }
        if (Boolean.getBoolean("caseload.analyze")) { // the statistics a bulk load leaves stale, refreshed first
            lines.add(time("ANALYZE", () -> {
                try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
                    return st.executeUpdate("ANALYZE");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, 1));
        }
        // the test JVM's first HTTP request initialises the HTTP stack and security: not the caseload's cost
        lines.add(time("first request of the run (ledger page of 1)", () -> given().queryParam("size", 1)
                .get("/api/v1/ledger/quotes").then().statusCode(200).extract().asByteArray().length, 1));
        lines.add(time("dashboard, first", () -> given().queryParam("asOf", asOf)
                .get("/api/v1/caseload").then().statusCode(200).extract().asByteArray().length, 1));
        lines.add(time("dashboard", () -> given().queryParam("asOf", asOf).get("/api/v1/caseload").then()
                .statusCode(200).extract().asByteArray().length, 5));
        lines.add(time("dashboard, one village", () -> given().queryParam("asOf", asOf).queryParam("village", village + "3")
                .get("/api/v1/caseload").then().statusCode(200).extract().asByteArray().length, 5));
        lines.add(time("deadline list", () -> given().queryParam("asOf", asOf).get("/api/v1/caseload/deadlines")
                .then().statusCode(200).extract().asByteArray().length, 5));
        lines.add(time("ledger list, one page of 20", () -> given().queryParam("size", 20)
                .get("/api/v1/ledger/quotes").then().statusCode(200).extract().asByteArray().length, 5));
        lines.add(time("ledger list, one household's page", () -> given().queryParam("household", village + "-77")
                .get("/api/v1/ledger/quotes").then().statusCode(200).extract().asByteArray().length, 5));
        lines.forEach(l -> System.out.println("[caseload-scale] " + l));
        assertThat(lines.size()).isGreaterThanOrEqualTo(8);
    }

    private long append(QuoteEngine engine, LedgerService.Author author, String json, Long supersedes) throws Exception {
        Household h = mapper.readValue(json, Household.class);
        return ledger.append(h, engine.quote(h), engine, author, supersedes, null).entry().id();
    }

    static String body(String code, String village, int m2, String dates) {
        return CaseloadContract.body(code, village, m2, dates);
    }

    private static String time(String what, Supplier<Object> call, int runs) {
        long best = Long.MAX_VALUE, sum = 0;
        Object answer = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            answer = call.get();
            long d = System.nanoTime() - t;
            best = Math.min(best, d);
            sum += d;
        }
        return String.format(Locale.ROOT, "%s: best %.0f ms, mean %.0f ms of %d (answer %s bytes)", what, best / 1e6,
                sum / 1e6 / runs, runs, answer);
    }
}
