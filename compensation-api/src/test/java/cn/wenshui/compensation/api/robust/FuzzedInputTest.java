package cn.wenshui.compensation.api.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several thousand generated malformed and adversarial requests against every endpoint (see {@link FuzzCases}):
 * always a 4xx problem+json (or a 2xx when the damage happens to leave a valid request), never a 5xx, and the
 * service still healthy, with a valid ledger chain, afterwards. Fixed seeds: a failure names the request and
 * reproduces.
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("模糊测试:数千个畸形请求,一律 4xx problem+json,从无 5xx")
class FuzzedInputTest {
    static final int CASES = Integer.getInteger("fuzz.cases", 3_000);
    static final long SEED = Long.getLong("fuzz.seed", 20230520L);

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("生成的畸形请求:从无 5xx,4xx 均为 problem+json,服务随后仍健康")
    void generatedRequests() throws Exception {
        Fuzzer f = new Fuzzer(base.toURI()).run(FuzzCases.cases(), CASES, SEED);
        System.out.println("[fuzz] " + f.summary());
        assertThat(f.failures).as(f.summary()).isEmpty();
        assertThat(f.sent).isGreaterThan(CASES * 9 / 10);
        assertThat(f.statuses.keySet()).as("some generated requests are still valid").contains(200);
        f.assertStillHealthy();
    }

    /** The 500s this test found, kept as plain regressions. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            重复字段(记录构造器曾 500) | {"id": "A", "id": "B"}                                                     | malformed-json
            指数溢出(面积置换曾 500)   | {"id": "A", "mainHouse": {"measuredAreaM2": 80, "footprintM2": 1E+2147483647, "homesteadCertificateAreaM2": 200}} | number-out-of-range
            百万位指数                 | {"id": "A", "items": [{"code": "1-1.annex.frame", "quantity": 1e999999}]} | number-out-of-range
            百万位负指数               | {"id": "A", "demolishedBuildingAreaM2": 1e-999999}                      | number-out-of-range
            户主含 NUL(PostgreSQL 曾 500) | {"id": "A", "headOfHousehold": "a\\u0000b"}                        | invalid-character
            不成对的代理字符             | {"id": "\\ud800"}                                                       | invalid-character
            """)
    @DisplayName("曾导致 500 的请求:现为 400 problem+json")
    void formerServerErrors(String name, String body, String rule) {
        io.restassured.RestAssured.given().contentType("application/json").body(body)
                .post("/api/v1/quotes?persist=true").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].rule", org.hamcrest.Matchers.is(rule));
    }

    /** What java.net.http will not send: invalid percent escapes, raw non-ASCII bytes in the target and headers. */
    @Test
    @DisplayName("原始套接字:非法百分号编码与非 ASCII 字节,一律 4xx,服务随后仍健康")
    void rawRequests() throws Exception {
        String[] targets = {"/api/v1/ledger/quotes/%ZZ", "/api/v1/ledger/quotes/%", "/api/v1/ledger/quotes?page=%G1",
                "/api/v1/ledger/quotes/%C0%AF", "/api/v1/schedules/%E4%B8/items", "/api/v1/ledger/quotes/\u7389",
                "/api/v1/ledger/quotes?village=\u5821\u5b50\u6751", "/api/v1/ledger/quotes/1\u0000",
                "/api/v1/../../etc/passwd", "/api/v1/ledger/quotes/1?page=1&&&size=="};
        List<String> failures = new ArrayList<>();
        for (String t : targets) {
            check("GET " + t + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", t, failures);
        }
        String body = FuzzCases.HOUSEHOLD;
        int len = body.getBytes(StandardCharsets.UTF_8).length;
        for (String header : new String[] {"X-Operator: \u738b\u4e94", "Idempotency-Key: \u738b\u4e94",
                "X-Operator: \u0001", "Idempotency-Key: a\u0000b"}) {
            check("POST /api/v1/quotes?persist=true HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + len + "\r\n" + header + "\r\n\r\n" + body,
                    header, failures);
        }
        assertThat(failures).isEmpty();
        new Fuzzer(base.toURI()).assertStillHealthy();
    }

    private void check(String request, String what, List<String> failures) throws Exception {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String statusLine = answer.isEmpty() ? "" : answer.substring(0, Math.max(0, answer.indexOf('\r')));
            int status = statusLine.length() >= 12 ? Integer.parseInt(statusLine.substring(9, 12)) : -1;
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            if (status < 0 || status >= 500) {
                failures.add(what + " -> " + answer);
            } else if (status >= 400 && !head.contains("content-type: application/problem+json")
                    && head.contains("content-type")) {
                failures.add(what + " -> 4xx not problem+json: " + answer);
            }
            System.out.println("[fuzz raw] " + what.replace("\u0000", "\\0") + " -> " + statusLine);
        }
    }
}
