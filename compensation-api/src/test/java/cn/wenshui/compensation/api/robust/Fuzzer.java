package cn.wenshui.compensation.api.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.core.Gen;

/**
 * Sends generated requests to the running test service and checks each answer: never a 5xx; a 4xx is
 * {@code application/problem+json} whose {@code status} is the HTTP status and which carries no stack trace; a 2xx
 * only for input that happens to be valid. The generators are QuickTheories', run by QuickTheories from a fixed
 * seed so a failure reproduces; each answer is checked here and the failures are collected, not thrown, so the test
 * reports all of them at once.
 */
final class Fuzzer {
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final Map<String, Integer> kinds = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    int tried;
    int sent;
    int refusedByClient;

    Fuzzer(URI base) {
        this.base = base;
    }

    /**
     * Generates {@code n} cases from {@code seed} and sends each one. QuickTheories skips a case whose random draws
     * repeat an earlier case's; a 64-bit draw of its own keeps every case distinct, so exactly {@code n} are tried.
     */
    Fuzzer run(Gen<FuzzCases.Case> cases, int n, long seed) {
        qt().withFixedSeed(seed).withExamples(n).withShrinkCycles(0)
                .forAll(longs().all(), cases)
                .checkAssert((distinct, c) -> {
                    tried++;
                    try {
                        send(c);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while fuzzing", e);
                    }
                });
        assertThat(tried).as("cases tried").isEqualTo(n);
        return this;
    }

    void send(FuzzCases.Case c) throws InterruptedException {
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(c.path())).timeout(Duration.ofSeconds(20));
            if (c.contentType() != null && !c.contentType().isEmpty()) {
                b.header("Content-Type", c.contentType());
            }
            c.headers().forEach(b::header);
            b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(c.body()));
            request = b.build();
        } catch (IllegalArgumentException e) {
            refusedByClient++; // java.net.http will not send this header or URI at all
            return;
        }
        sent++;
        kinds.merge(c.kind(), 1, Integer::sum);
        HttpResponse<byte[]> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            failures.add("no answer (" + e + "): " + c);
            return;
        }
        int s = r.statusCode();
        statuses.merge(s, 1, Integer::sum);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (s >= 500) {
            failures.add(s + " " + body + " <- " + c);
        } else if (s >= 400) {
            String type = r.headers().firstValue("Content-Type").orElse("");
            if ((s == 414 || s == 431) && type.isEmpty()) {
                // Vert.x's HTTP codec refuses a request line over 4 KiB or headers over 20 KiB before any
                // application code (or exception mapper) sees the request: a bare status, no body
                return;
            }
            if (!type.startsWith("application/problem+json")) {
                failures.add(s + " with Content-Type '" + type + "' <- " + c);
                return;
            }
            try {
                JsonNode p = FuzzCases.JSON.readTree(body);
                if (p.path("status").asInt() != s || p.path("type").asText().isEmpty()
                        || p.path("title").asText().isEmpty()) {
                    failures.add(s + " with a problem lacking status/type/title: " + body + " <- " + c);
                }
            } catch (Exception e) {
                failures.add(s + " with an unreadable problem body " + body + " <- " + c);
            }
            if (body.contains("\tat ") || body.contains("Exception")) {
                failures.add(s + " leaks an exception: " + body + " <- " + c);
            }
        } else if (s >= 300) {
            failures.add(s + " (a redirect?) <- " + c);
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The service still answers, its health is UP and the ledger chain verifies. */
    void assertStillHealthy() throws Exception {
        HttpResponse<String> health = get("/q/health");
        assertThat(health.statusCode()).as("/q/health after the fuzzing: %s", health.body()).isEqualTo(200);
        assertThat(FuzzCases.JSON.readTree(health.body()).path("status").asText()).isEqualTo("UP");
        HttpResponse<String> chain = get("/api/v1/ledger/verify");
        assertThat(chain.statusCode()).isEqualTo(200);
        assertThat(FuzzCases.JSON.readTree(chain.body()).path("valid").asBoolean())
                .as("ledger chain after the fuzzing: %s", chain.body()).isTrue();
    }

    String summary() {
        return "sent " + sent + " (client refused " + refusedByClient + "), kinds " + kinds + ", statuses " + statuses;
    }
}
