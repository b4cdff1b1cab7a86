package cn.wenshui.compensation.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The 补偿明细表 printed by Chromium to A4 and read back with PDFBox: it paginates like a form (序号 in order, the
 * household block and the first lines on page 1, no page mostly blank, the total with its 大写 on the page of the
 * signature lines), and a bulk print starts each household on a new page.
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("补偿明细表打印:Chromium 打印为 A4 PDF,PDFBox 读回检查分页;批量打印每户另起一页")
class PrintPaginationBrowserTest {
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.start("print", 1200, 1000);
        driver = chromium.driver();
    }

    @AfterAll
    static void quit() throws IOException {
        if (chromium != null) {
            chromium.quit();
        }
    }

    /** A household file (身份证号, 坐落) and a quote of the typical household's first {@code lines} items, no dates. */
    static long household(String code, String village, int lines) throws IOException {
        given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"headName\": \"王建国\", "
                + "\"idNumber\": \"141122198001011230\", \"village\": \"" + village + "\", \"address\": \"堡子村东街12号\"}")
                .post("/api/v1/households").then().statusCode(201);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode h = (ObjectNode) mapper.readTree(Files.readString(
                Path.of("..", "compensation-bench", "households", "typical.json")));
        h.put("id", code);
        h.put("village", village);
        h.remove("dates");
        ArrayNode items = (ArrayNode) h.get("items");
        while (items.size() > lines) {
            items.remove(items.size() - 1);
        }
        return given().contentType(ContentType.JSON).body(h.toString()).post("/api/v1/ledger/quotes").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<String> pdfPages() throws IOException {
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] bytes = Base64.getDecoder().decode(driver.print(a4).getContent());
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                pages.add(text.getText(pdf));
            }
        }
        return pages;
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).replace(" ", "").contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @DisplayName("20 行的住户:序号 1…n 依次;第 1 页有住户信息(身份证号遮蔽、坐落)与前几行;合计大写与签字同页;无大半空白的页")
    void aTwentyLineSheetPaginatesLikeAForm() throws IOException {
        String code = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        long entry = household(code, "打印村", 20);
        driver.get(base + "ledger/" + entry + "/print");
        List<Integer> numbers = driver.findElements(By.cssSelector(".sheet-lines td[data-line]")).stream()
                .map(WebElement::getText).map(Integer::valueOf).toList();
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(20);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("序号 in order").isEqualTo(i + 1);
        }
        assertThat(driver.findElement(By.id("file-id")).getText()).isEqualTo("141122********1230");
        assertThat(driver.findElement(By.id("file-address")).getText()).isEqualTo("堡子村东街12号");

        List<String> pages = pdfPages();
        assertThat(pages.get(0)).contains("补偿明细表", "141122********1230", "堡子村东街12号", "序号");
        String first = pages.get(0).replace(" ", "");
        assertThat(first.split("\n").length).as("page 1 holds the first lines, not only the header").isGreaterThan(25);
        Files.writeString(HeadlessChromium.SCREENSHOTS.resolve("print-pagination.txt"), String.join("\n=====\n", pages));
        int total = pageOf(pages, "人民币"); // the total in 大写 (one line, or two ends of an interval)
        int signature = pageOf(pages, "户主签字");
        assertThat(total).as("the total in 大写 is printed").isGreaterThanOrEqualTo(0);
        assertThat(signature).as("the total and the signature lines share a page").isEqualTo(total);
        int appendix = pageOf(pages, "附:本表所引解释");
        assertThat(appendix).as("the interpretations come last").isGreaterThanOrEqualTo(signature);
        int average = pages.stream().mapToInt(p -> p.split("\n").length).sum() / pages.size();
        for (int i = 0; i < pages.size() - 1; i++) {
            assertThat(pages.get(i).split("\n").length).as("page %d is not mostly blank", i + 1)
                    .isGreaterThan(average / 3);
        }
    }

    @Test
    @DisplayName("批量打印:按编号选两户,每户的明细表另起一页,尚无报价的住户列出不打印")
    void bulkPrintStartsEachHouseholdOnANewPage() throws IOException {
        String village = "批量村" + UUID.randomUUID().toString().substring(0, 6);
        String a = village + "-A";
        String b = village + "-B";
        household(a, village, 5);
        household(b, village, 5);
        given().contentType(ContentType.JSON).body("{\"code\": \"" + village + "-C\", \"headName\": \"赵强\", "
                + "\"village\": \"" + village + "\"}").post("/api/v1/households").then().statusCode(201);
        driver.get(base + "print?village=" + village);
        assertThat(driver.findElements(By.cssSelector("article.bulk-sheet"))).hasSize(2);
        assertThat(driver.findElement(By.id("bulk-unquoted")).getText()).contains(village + "-C");
        assertThat(driver.getPageSource()).doesNotContain("141122198001011230");
        List<String> pages = pdfPages();
        int pa = pageOf(pages, a);
        int pb = pageOf(pages, b);
        assertThat(pb).as("B starts on a later page than A").isGreaterThan(pa);
        assertThat(pages.get(pb)).doesNotContain(a);
        assertThat(pages.get(pb)).contains("补偿明细表");

        // the same village's 公示表: names and ID numbers masked, A4 landscape (the README's picture)
        driver.get(base + "publication?village=" + village + "&round=1&from=2023-06-10");
        String table = driver.findElement(By.id("publication-table")).getText();
        assertThat(table).contains("王*国", "141122********1230", "尚无报价").doesNotContain("王建国");
        chromium.screenshot("publication.png", 1400);
    }
}
