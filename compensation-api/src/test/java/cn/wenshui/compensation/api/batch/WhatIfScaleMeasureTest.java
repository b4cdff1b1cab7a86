package cn.wenshui.compensation.api.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.whatif.WhatIfService;
import cn.wenshui.compensation.api.whatif.WhatIfViews;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test of correctness and not run by default (issue 17, "Measured"): the batch import of N households (the
 * workbook of {@link BatchScaleMeasureTest}, uploaded over HTTP and recorded in the ledger) and, in the same run, the
 * what-if over the same N households under another set of readings (re-quoted and compared, nothing written), over
 * HTTP and in process. Run with {@code mvn -B -o -pl compensation-api -am test -Dtest=WhatIfScaleMeasureTest
 * -Dwhatif.scale=10000 -Dsurefire.failIfNoSpecifiedTests=false}; figures printed, recorded in docs/performance.md.
 * Lives beside the batch measurement to reuse its workbook generator.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "whatif.scale", matches = "\\d+")
@TestSecurity(user = "staff-test", roles = "staff")
class WhatIfScaleMeasureTest {
    static final Map<String, Object> SCENARIO = Map.of("readings", Map.of("subsidy-cliff", "NO_LESS_THAN_FLAT",
            "tier-boundary-point", "UPPER_TIER", "machine-well-beyond-200m", "MARGINAL"));

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EngineRegistry registry;
    @Inject
    WhatIfService whatIf;
    @Inject
    cn.wenshui.compensation.api.caseload.CaseloadService caseload;
    @Inject
    cn.wenshui.compensation.api.whatif.WhatIfRepository repository;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Test
    void measure() throws Exception {
        // the import of 10,000 households may take longer than the test client's default read timeout on a busy machine
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 600_000));
        int n = Integer.parseInt(System.getProperty("whatif.scale"));
        Path file = Files.createTempFile("whatif-scale-", ".xlsx");
        try {
            BatchScaleMeasureTest.generate(file, registry.current().schedule(), n);
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO household (code, head_name, village, group_name, state, created_at, created_by, "
                            + "updated_at, updated_by) VALUES (?, '户主', ?, '1组', 'APPRAISED', ?, 'm', ?, 'm')")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, "S-" + i);
                    ps.setString(2, "村" + (i % 12));
                    ps.setObject(3, OffsetDateTime.now());
                    ps.setObject(4, OffsetDateTime.now());
                    ps.addBatch();
                    if (i % 500 == 499) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            // the run's first HTTP request starts the HTTP stack and security: not the import's cost
            given().get("/api/v1/schedules").then().statusCode(200);
            var upload = BatchRoundTripTest.withCsrf(); // the upload is a form post: its CSRF token first
            long t0 = System.nanoTime();
            upload.multiPart("file", file.toFile(),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .multiPart("persist", "on").post("/batch").then().statusCode(201);
            long importNanos = System.nanoTime() - t0;
            System.out.printf(Locale.ROOT, "[whatif-scale] households %d; batch import (upload, parse, quote, "
                    + "ledger) %.1f s%n", n, importNanos / 1e9);
            for (int run = 1; run <= 3; run++) {
                long h0 = System.nanoTime();
                byte[] answer = given().contentType(ContentType.JSON).body(SCENARIO).post("/api/v1/what-if").then()
                        .statusCode(200).extract().asByteArray();
                long http = System.nanoTime() - h0;
                // the same call through the JDK's client: RestAssured's own handling of a 4 MB answer is not the service's
                java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
                long j0 = System.nanoTime();
                java.net.http.HttpResponse<byte[]> jdk = client.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port
                                        + "/api/v1/what-if")).header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                                        mapper.writeValueAsBytes(SCENARIO))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                long jdkNanos = System.nanoTime() - j0;
                System.out.printf(Locale.ROOT, "[whatif-scale] run %d: what-if over HTTP (JDK client) %.2f s, status "
                        + "%d, %d bytes; JDK-client/import = %.1f %%%n", run, jdkNanos / 1e9, jdk.statusCode(),
                        jdk.body().length, 100.0 * jdkNanos / importNanos);
                long s0 = System.nanoTime();
                @SuppressWarnings("unchecked")
                WhatIfViews.Result r = whatIf.run(new WhatIfService.Request(
                        (Map<String, String>) SCENARIO.get("readings"), null, null, null, null));
                long service = System.nanoTime() - s0;
                System.out.printf(Locale.ROOT, "[whatif-scale] run %d: what-if over HTTP %.2f s (%d bytes), in "
                                + "process %.2f s; %d households, %d changed; HTTP/import = %.1f %%%n", run, http / 1e9,
                        answer.length, service / 1e9, r.households(), r.changed(), 100.0 * http / importNanos);
                assertThat(r.households()).isEqualTo(n);
                // where the in-process time goes: the caseload's rows, reading the entries, re-quoting and comparing
                long p0 = System.nanoTime();
                var rows = caseload.rows(new cn.wenshui.compensation.api.caseload.CaseloadRepository.Filter(null, null,
                        null));
                long p1 = System.nanoTime();
                var cases = repository.cases(rows);
                long p2 = System.nanoTime();
                @SuppressWarnings("unchecked")
                var scenario = whatIf.scenario((Map<String, String>) SCENARIO.get("readings"), null);
                long p3 = System.nanoTime();
                WhatIfViews.Result again = cn.wenshui.compensation.api.whatif.WhatIfCalculator.run(cases, scenario,
                        registry::engine, new cn.wenshui.compensation.api.whatif.Causes(
                                (id, v) -> registry.schedule(id, v).orElse(null)));
                long p4 = System.nanoTime();
                byte[] json = mapper.writeValueAsBytes(again);
                long p5 = System.nanoTime();
                System.out.printf(Locale.ROOT, "[whatif-scale] run %d parts: caseload rows %.2f s, entries read and "
                                + "parsed %.2f s, re-quote and compare %.2f s, JSON %.2f s (%d bytes)%n", run,
                        (p1 - p0) / 1e9, (p2 - p1) / 1e9, (p4 - p3) / 1e9, (p5 - p4) / 1e9, json.length);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
