package cn.wenshui.compensation.api.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import cn.wenshui.compensation.schedule.ScheduleLoader;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 5: concurrent uploads are bounded. One workbook is read and quoted at a time per instance; an upload
 * that finds one running waits for its turn and is then quoted; one that cannot start in time (or finds the queue
 * full) gets 503 with Retry-After — problem+json for API clients, the upload page with a Chinese message for a
 * browser — and nothing of it is imported. The memory reproduction at scale is {@code BatchMemoryIT}.
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("批量导入并发有界:一次计算一个工作簿,其余排队;排不上时 503 + Retry-After")
class BatchConcurrencyTest {
    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** 600 households of 19 清单 lines: big enough that three uploads overlap, small enough for mvn verify. */
    static final int HOUSEHOLDS = 600;
    static byte[] workbook;

    @Inject
    BatchGate gate;

    BatchGate target;
    Duration wait;
    int length;

    @BeforeAll
    static void generate() throws Exception {
        Path file = Files.createTempFile("batch-concurrent-", ".xlsx");
        try {
            BatchScaleMeasureTest.generate(file, ScheduleLoader.loadDefault(), HOUSEHOLDS, 19);
            workbook = Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @BeforeEach
    void remember() {
        target = ClientProxy.unwrap(gate);
        wait = target.queueWait;
        length = target.queueLength;
    }

    @AfterEach
    void restore() {
        target.queueWait = wait;
        target.queueLength = length;
    }

    @Test
    @DisplayName("三个工作簿同时上传:依次计算,全部 201,没有 500")
    void threeAtOnceAllQuoted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CyclicBarrier start = new CyclicBarrier(3);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return BatchRoundTripTest.upload(workbook, Map.of());
                }));
            }
            for (Future<Response> a : answers) {
                Response r = a.get(300, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
                assertThat(r.jsonPath().getInt("totals.quotedHouseholds")).isEqualTo(HOUSEHOLDS);
                assertThat(r.jsonPath().getInt("totals.lines")).isEqualTo(HOUSEHOLDS * (19 + 3));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("另一个工作簿正在计算时,上传排队等候,轮到后照常 201")
    void waitsItsTurnThenQuoted() throws Exception {
        try (Holder running = hold()) {
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Response> queued = pool.submit(() -> BatchRoundTripTest.upload(workbook, Map.of()));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (gate.waiting() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(gate.waiting()).as("the upload waits for the running one").isEqualTo(1);
                assertThat(queued.isDone()).isFalse();
                running.close();
                Response r = queued.get(300, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
                assertThat(r.jsonPath().getInt("totals.quotedHouseholds")).isEqualTo(HOUSEHOLDS);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    @DisplayName("等候超时:503 problem+json,Retry-After,规则 batch-busy,中英文说明;之后重新上传成功")
    void waitTooLongIs503() throws Exception {
        target.queueWait = Duration.ofMillis(300);
        try (Holder running = hold()) {
            BatchRoundTripTest.upload(workbook, Map.of()).then()
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "30")
                    .body("status", is(503))
                    .body("type", is("/problems/busy"))
                    .body("violations[0].field", is("file"))
                    .body("violations[0].rule", is("batch-busy"))
                    .body("violations[0].messageZh", containsString("请约 30 秒后重新上传"))
                    .body("violations[0].messageEn", containsString("nothing was imported"));
        }
        target.queueWait = wait;
        BatchRoundTripTest.upload(workbook, Map.of()).then().statusCode(201);
    }

    @Test
    @DisplayName("排队已满:立即 503;浏览器得到上传页和中文提示")
    void queueFullIs503AndThePageSaysSo() throws Exception {
        target.queueLength = 0;
        try (Holder running = hold()) {
            long t0 = System.nanoTime();
            BatchRoundTripTest.upload(workbook, Map.of()).then()
                    .statusCode(503).header("Retry-After", "30")
                    .body("violations[0].messageZh", containsString("等待的上传已满"));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("refused without waiting")
                    .isLessThan(Duration.ofSeconds(30));
            Response page = BatchRoundTripTest.withCsrf().accept(HTML)
                    .multiPart("file", "凤城镇第一批.xlsx", workbook, BatchResource.XLSX).post("/batch");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.header("Retry-After")).isEqualTo("30");
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.asString()).contains("batch-message error")
                    .contains("服务器正在计算其他工作簿,等待的上传已满,本工作簿未导入。请约 30 秒后重新上传")
                    .contains("batch-upload");
        }
    }

    @Test
    @DisplayName("上传页写明上限与排队")
    void pageStatesLimitsAndQueue() {
        String page = io.restassured.RestAssured.given().accept("text/html").get("/batch").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("每个工作簿最多 20000 户、「清单」400000 行")
                .contains("服务器一次计算一个工作簿").contains("最多约 60 秒");
    }

    /** Holds the one slot as a running workbook does, until closed. */
    Holder hold() throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> gate.run(() -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }), "batch-slot-holder");
        t.start();
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        return new Holder(release, t);
    }

    record Holder(CountDownLatch release, Thread thread) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            release.countDown();
            thread.join(10_000);
        }
    }
}
