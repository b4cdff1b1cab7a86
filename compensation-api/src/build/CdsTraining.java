import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged service's class-data-sharing archive (AppCDS), made by a training run at build time.
 *
 * <p>Start-up is dominated by loading ≈ 10,000 classes; with the archive the JVM maps most of them instead of
 * parsing and verifying them (docs/performance.md, "First HTTP 200"). Java 17 cannot make an archive and use it in
 * one run, so this starts the packaged service with {@code -XX:ArchiveClassesAtExit} in a temporary folder with its
 * own H2 file database, sends it the requests a working day begins with, and stops it with SIGTERM; the JVM writes
 * {@code app-cds.jsa} beside
 * {@code quarkus-run.jar} as it exits. It then writes {@code jvm.args} there: the lines of the given argument file
 * plus {@code -XX:SharedArchiveFile}, for the README's {@code java @.../jvm.args -jar .../quarkus-run.jar}. The jar
 * is named by its absolute path, so the archive serves a relative command from the checkout as well as an absolute
 * one; a rebuilt jar or another JDK makes the JVM refuse it with a warning and start without it.
 *
 * <p>Run by Maven in the package phase; {@code -Dcds.skip} writes {@code jvm.args} without an archive. A build with
 * {@code -Dquarkus.profile} (PostgreSQL) skips by itself (the pom's {@code cds-skip-for-profile-builds}): its
 * service could not run on the training's H2 database, and must never train on a real one. By hand:
 * {@code java compensation-api/src/build/CdsTraining.java <quarkus-app folder> <jvm.args> <household.json>}.
 * The service fails to start here only if it would fail for its users; a JVM that cannot write an archive only
 * warns, and {@code jvm.args} then carries the options alone.
 */
public final class CdsTraining {

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4 || (args.length == 4 && !args[3].startsWith("--skip-archive="))) {
            System.err.println("usage: CdsTraining <quarkus-app folder> <jvm.args> <household.json> [--skip-archive=true]");
            System.exit(2);
        }
        boolean skip = args.length == 4 && Boolean.parseBoolean(args[3].substring("--skip-archive=".length()));
        Path app = Path.of(args[0]).toAbsolutePath().normalize();
        Path jar = app.resolve("quarkus-run.jar");
        Path archive = app.resolve("app-cds.jsa");
        Path startArgs = app.resolve("jvm.args");
        Path options = Path.of(args[1]).toAbsolutePath();
        List<String> lines = new ArrayList<>(Files.readAllLines(options, StandardCharsets.UTF_8));
        String household = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged service at " + jar);
        }
        // never leave a stale archive or argument file behind (the JVM would refuse the archive, with a warning)
        Files.deleteIfExists(archive);
        Files.deleteIfExists(startArgs);
        if (skip) {
            Files.write(startArgs, lines, StandardCharsets.UTF_8);
            System.out.println("[cds] skipped: " + startArgs + " carries the options without an archive");
            return;
        }
        Path work = Files.createTempDirectory("cds-training");
        boolean done = false;
        try {
            // One start on a new database. A second, archived, start on the database the first made (the restart
            // users see) measured the same to the first answer (2.97 s against 2.96 s), so one run it is.
            Training training = run(jar, options, work, archive, household);
            if (Files.isRegularFile(archive)) {
                lines.add("# the start-up class archive written by " + CdsTraining.class.getSimpleName()
                        + " for this quarkus-run.jar and this JDK (" + System.getProperty("java.vm.version") + ")");
                lines.add("-XX:SharedArchiveFile=" + argFileQuoted(archive.toString()));
                System.out.printf("[cds] %s: %,d bytes (service answered after %d ms, then %d requests)%n",
                        archive, Files.size(archive), training.startedMillis, training.requests);
                try (Stream<String> log = Files.lines(work.resolve("service.log"), StandardCharsets.UTF_8)) {
                    log.filter(l -> l.contains("class-data training:"))
                            .forEach(l -> System.out.println("[cds] " + l.substring(l.indexOf("class-data"))));
                }
            } else {
                System.out.println("[cds] WARNING: this JVM wrote no archive; the service will start without one."
                        + " Its class-sharing log:");
                tail(work.resolve("cds.log"));
            }
            Files.write(startArgs, lines, StandardCharsets.UTF_8);
            done = true;
        } finally {
            if (done) {
                deleteTree(work); // on failure the folder stays, with the service's logs
            } else {
                Files.deleteIfExists(archive); // what a failed run wrote is no archive to use
                System.err.println("[cds] training run failed; the service's logs are in " + work
                        + " (a build for PostgreSQL, -Dquarkus.profile=pg, skips the training by itself)");
            }
        }
    }

    /** A value for a java @argument file: quoted, so that a folder name with spaces stays one argument. */
    private static String argFileQuoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Starts the service in {@code work}, waits for its first answer, sends the training requests, stops it. The
     * service gets no QUARKUS_ or COMPENSATION_ variables of the build's environment and runs the prod profile on the
     * H2 file database of {@code work}: the training must never reach a real database.
     */
    private static Training run(Path jar, Path options, Path work, Path archive, String household)
            throws Exception {
        int port = freePort();
        String password = UUID.randomUUID().toString();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        // the classes it loads, for the service's TrainingLinker to link as it stops (Java 17 archives linked ones only)
        command.add("-Xlog:class+load=info:file=" + work.resolve("classes.txt") + ":none");
        command.add("-Dcompensation.cds.class-log=" + work.resolve("classes.txt"));
        // 1,500 "Skipping ... Not linked" warnings go to their own file, so a failure's log shows the service's own
        command.add("-Xlog:cds*=off");
        command.add("-Xlog:cds*=warning:file=" + work.resolve("cds.log"));
        command.add("@" + options); // read by the JVM itself, exactly as the README's start reads jvm.args
        command.add("-Dquarkus.profile=prod");
        command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + work.resolve("data/compensation")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("service.log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("COMPENSATION_"));
        builder.environment().put("COMPENSATION_ADMIN_PASSWORD", password); // not on the command line (ps)
        Process service = builder.start();
        Thread stopper = new Thread(service::destroyForcibly, "cds-training-stop");
        Runtime.getRuntime().addShutdownHook(stopper); // the build cancelled: no service left behind
        try {
            Training training = new Training("http://127.0.0.1:" + port, "admin", password);
            long t0 = System.nanoTime();
            training.awaitStart(service, Duration.ofSeconds(180));
            training.startedMillis = (System.nanoTime() - t0) / 1_000_000;
            training.workingDay(household);
            service.destroy(); // SIGTERM: Quarkus shuts down and the JVM writes the archive on exit
            if (!service.waitFor(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the training service did not stop within 120 s");
            }
            if (service.exitValue() != 0 && service.exitValue() != 143) {
                throw new IllegalStateException("the training service exited with " + service.exitValue());
            }
            return training;
        } catch (Exception | AssertionError e) {
            System.err.println("[cds] " + e.getMessage() + "; the service's log:");
            tail(work.resolve("service.log"));
            throw e;
        } finally {
            service.destroyForcibly();
            service.waitFor(30, TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
    }

    /** The requests a working day begins with: every capability once, and a refused request's problem answer. */
    private static final class Training {
        private final String base;
        private final String basic;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int requests;
        long startedMillis;

        Training(String base, String user, String password) {
            this.base = base;
            this.basic = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        void awaitStart(Process service, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                if (!service.isAlive()) {
                    throw new IllegalStateException("the service exited with " + service.exitValue());
                }
                try {
                    if (send("GET", "/api/v1/schedules", null, false) == 200) {
                        requests = 0; // the polls were no training
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("the service did not answer within " + limit.toSeconds() + " s");
        }

        void workingDay(String household) throws IOException, InterruptedException {
            expect(200, "GET", "/api/v1/schedules", null, false);
            expect(200, "GET", "/q/health", null, false);
            expect(200, "GET", "/login", null, false);
            expect(200, "POST", "/api/v1/quotes", household, true);
            expect(400, "POST", "/api/v1/quotes", "{\"items\":[{\"code\":\"no-such-item\"}]", true);
            expect(201, "POST", "/api/v1/quotes?persist=true", household, true);
            expect(200, "GET", "/api/v1/ledger/verify", null, true);
            expect(200, "GET", "/api/v1/ledger/quotes", null, true);
            expect(200, "GET", "/", null, true);
        }

        private void expect(int status, String method, String path, String json, boolean login)
                throws IOException, InterruptedException {
            int got = send(method, path, json, login);
            if (got != status) {
                throw new IllegalStateException(method + " " + path + " answered " + got + ", expected " + status);
            }
        }

        private int send(String method, String path, String json, boolean login)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (login) {
                request.header("Authorization", basic);
            }
            requests++;
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void tail(Path log) throws IOException {
        if (Files.isRegularFile(log)) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> System.out.println("  " + l));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
