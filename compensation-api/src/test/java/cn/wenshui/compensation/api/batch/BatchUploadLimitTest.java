package cn.wenshui.compensation.api.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import cn.wenshui.compensation.api.Households;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The workbook upload has its own limit (16 MiB by default); every other request keeps the 1 MiB limit. Both answer
 * 413 problem+json before the body is read; a browser's upload gets the upload page with the reason in Chinese.
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("上传大小上限:/batch 16 MiB,其余 1 MiB")
class BatchUploadLimitTest {
    static final String XLSX = BatchResource.XLSX;
    static final int UPLOAD_LIMIT = 16 * 1024 * 1024;

    @Test
    @DisplayName("超过 1 MiB 的工作簿可以上传并报价")
    void workbookOverOneMebibyte() throws Exception {
        Path file = Files.createTempFile("batch-limit-", ".xlsx");
        try {
            BatchScaleMeasureTest.generate(file, ScheduleLoader.loadDefault(), 7_000);
            byte[] workbook = Files.readAllBytes(file);
            assertThat(workbook.length).isGreaterThan(1024 * 1024);
            BatchRoundTripTest.upload(workbook, Map.of()).then().statusCode(201)
                    .body("totals.households", is(7_000))
                    .body("totals.quotedHouseholds", is(7_000))
                    .body("totals.errors", is(0));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @DisplayName("超过上传上限:413 problem+json(字段 $,规则 body-too-large,中英文说明)")
    void uploadOverLimit() {
        given().contentType("multipart/form-data; boundary=" + BOUNDARY).body(multipart(UPLOAD_LIMIT + 1))
                .post("/batch").then()
                .statusCode(413).contentType("application/problem+json")
                .body("status", is(413))
                .body("violations[0].field", is("$"))
                .body("violations[0].rule", is("body-too-large"))
                .body("violations[0].messageZh", containsString("16 MB"))
                .body("violations[0].messageEn", containsString("exceeds the limit of " + UPLOAD_LIMIT + " bytes"));
    }

    @Test
    @DisplayName("浏览器上传超过上限:回到上传页,显示中文说明")
    void browserUploadOverLimit() {
        String location = given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .contentType("multipart/form-data; boundary=" + BOUNDARY).body(multipart(UPLOAD_LIMIT + 1))
                .redirects().follow(false).post("/batch").then()
                .statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/batch?refused=too-large");
        String html = given().accept("text/html").get(location).then().statusCode(200).extract().asString();
        assertThat(html).contains("batch-message error").contains("上传的文件超过 16 MB 的上限,未导入")
                .contains("batch-upload");
        // nothing from the URL is shown: an unknown reason gives the plain page
        assertThat(given().accept("text/html").queryParam("refused", "<b>x</b>").get("/batch").then().statusCode(200)
                .extract().asString()).doesNotContain("id=\"batch-message\"").doesNotContain("<b>x</b>");
    }

    @Test
    @DisplayName("其他请求仍为 1 MiB:超过 1 MiB 与超过 2 MiB 的 JSON、发往其他路径的 multipart 均为 413 problem")
    void otherRequestsKeepOneMebibyte() {
        for (int size : new int[] {1_100_000, 3_000_000}) {
            String body = "{\"id\": \"B\", \"headOfHousehold\": \"" + "x".repeat(size) + "\"}";
            given().contentType("application/json").body(body).post("/api/v1/quotes").then().statusCode(413)
                    .contentType("application/problem+json")
                    .body("violations[0].field", is("$"))
                    .body("violations[0].rule", is("body-too-large"))
                    .body("violations[0].messageZh", is("请求内容超过 1048576 字节的上限"));
        }
        given().contentType("multipart/form-data; boundary=" + BOUNDARY).body(multipart(1_100_000))
                .post("/api/v1/quotes").then()
                .statusCode(413).contentType("application/problem+json")
                .body("violations[0].rule", is("body-too-large"));
    }

    @TestHTTPResource("/api/v1/quotes")
    URI quotes;

    @Test
    @DisplayName("分块发送(无 Content-Length)的请求体边读边计数:超过 1 MiB 即 413 problem,1 MiB 以内照常报价")
    void chunkedBodiesAreCountedAsTheyAreRead() throws Exception {
        // valid households, read to the end unless counted: 1.5 MB of white space between tokens, 35,000 lines
        String padded = "{" + " ".repeat(1_500_000) + Households.small("B", "堡子村").strip().substring(1);
        String line = "{\"code\": \"1-1.annex.frame\", \"quantity\": 10}";
        String manyLines = "{\"id\": \"B\", \"headOfHousehold\": \"李四\", \"village\": \"堡子村\", \"items\": ["
                + String.join(", ", java.util.Collections.nCopies(35_000, line)) + "]}";
        // the limit reached inside an item (Jackson wraps the reading failure in a mapping exception)
        String paddedItem = "{\"id\": \"B\", \"headOfHousehold\": \"李四\", \"village\": \"堡子村\", \"items\": "
                + "[{\"code\": \"1-1.annex.frame\"," + " ".repeat(1_500_000) + "\"quantity\": 10}]}";
        for (String body : new String[] {padded, manyLines, paddedItem}) {
            HttpResponse<String> answer = postChunked(body);
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).contains("\"rule\":\"body-too-large\"")
                    .contains("\"field\":\"$\"")
                    .contains("\"messageZh\":\"请求内容超过 1048576 字节的上限\"")
                    .contains("\"messageEn\":\"the request body exceeds the limit of 1048576 bytes\"");
        }
        HttpResponse<String> small = postChunked(Households.small("C", "堡子村"));
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("\"householdId\":\"C\"");
    }

    @TestHTTPResource("/batch")
    URI batch;

    @Test
    @DisplayName("分块上传(无 Content-Length)超过上传上限的工作簿:收到后仍为 413 problem,不导入")
    void chunkedUploadOverLimit() throws Exception {
        io.restassured.response.Response page = given().accept("text/html").get("/batch");
        String token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page.asString()).results().findFirst().orElseThrow().group(1);
        byte[] file = multipart(UPLOAD_LIMIT + 1);
        byte[] csrf = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token
                + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] form = new byte[csrf.length + file.length];
        System.arraycopy(csrf, 0, form, 0, csrf.length);
        System.arraycopy(file, 0, form, csrf.length, file.length);
        HttpRequest request = HttpRequest.newBuilder(batch).version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Cookie", "csrf-token=" + page.getCookie("csrf-token"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"rule\":\"body-too-large\"").contains("16 MB")
                .contains("the uploaded files of " + (UPLOAD_LIMIT + 1) + " bytes exceed the limit of "
                        + UPLOAD_LIMIT + " bytes");
    }

    /** POST with a body of unknown length, which HTTP/1.1 sends in chunks (RestAssured always sends a length). */
    private HttpResponse<String> postChunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(quotes).version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static final String BOUNDARY = "----batch-limit-test";

    /**
     * A form with one file part of {@code fileBytes} bytes, sent with its Content-Length as browsers and curl send
     * forms (RestAssured's own multipart is chunked, so no length to check before reading).
     */
    static byte[] multipart(int fileBytes) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + fileBytes + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + fileBytes, tail.length);
        return body;
    }

    @Test
    @DisplayName("模板「说明」与上传页写明新的上限")
    void limitIsStated() throws Exception {
        byte[] template = given().get("/batch/template.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            StringBuilder text = new StringBuilder();
            wb.getSheet("说明").forEach(r -> r.forEach(c -> text.append(c.getStringCellValue()).append('\n')));
            assertThat(text).contains("不超过 16 MB");
        }
        given().accept("text/html").get("/batch").then().statusCode(200).body(containsString("不超过 16 MB"));
    }
}
