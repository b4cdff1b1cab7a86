package cn.wenshui.compensation.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real headless Chromium (Debian {@code chromium} and {@code chromium-driver}), against the
 * {@code @QuarkusTest} server. Without the browser these tests fail: {@code .ci/run} installs it.
 * Amounts are worked by hand from 文政发〔2023〕6号.
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("工作台:真实无头 Chromium 中的浏览器测试")
class WorkbenchBrowserTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    private static ChromeDriver driver;
    private static HeadlessChromium chromium;

    @TestHTTPResource("/")
    URL base;

    private WebDriverWait wait;
    private StaffPages pages;

    @BeforeEach
    void browser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start("workbench", 1400, 1000);
            driver = chromium.driver();
        }
        driver.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(driver, WAIT);
        pages = new StaffPages(driver, wait);
        wait.ignoring(StaleElementReferenceException.class); // a page may be replaced while we look at it
    }

    @AfterAll
    static void quit() throws IOException {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
            driver = null;
        }
    }

    // ---- the tests --------------------------------------------------------------------------------------------

    @Test
    @DisplayName("一户一项:附属平房 框架结构 10 m² × 1200 = 12,000.00;负数量在该行旁报错;保存、打印、大写")
    void simpleHousehold() {
        String household = unique("WB");
        openQuotePage();
        type(pages.field("id"), household);
        type(pages.field("headOfHousehold"), "李四");
        type(pages.field("village"), "堡子村");

        pages.pick("一(一) 房屋、附属设施", "附属平房", "框架结构");
        WebElement quantity = pages.field("items[0].quantity");
        type(quantity, "10");
        pages.waitForTotal("12,000.00");
        WebElement line = driver.findElement(By.cssSelector(".lines-table tr[data-code='1-1.annex.frame']"));
        assertThat(line.getText()).contains("附属平房 框架结构").contains("1200").contains("12,000.00");

        // a field error: the message stands beside that row's quantity, the line is left out (and says so)
        type(quantity, "-5");
        WebElement error = errorOf(quantity);
        wait.until(d -> error.getText().contains("数量必须大于0"));
        assertThat(quantity.getAttribute("class")).contains("invalid");
        assertThat(quantity.findElement(By.xpath("ancestor::tr")).getAttribute("data-code")).isEqualTo("1-1.annex.frame");
        pages.waitForTotal("0.00");
        assertThat(driver.findElement(By.id("left-out")).getText()).contains("未计入标红的 1 处输入");

        type(quantity, "10");
        pages.waitForTotal("12,000.00");
        assertThat(errorOf(quantity).getText()).isEmpty();

        long id = save();
        // a second click on the same form state is a retry: the same entry comes back
        driver.findElement(By.id("save")).click();
        wait.until(d -> d.findElement(By.id("save-result")).getText().contains("此前已保存"));
        assertThat(driver.findElement(By.id("save-result")).getText()).contains("记录编号 " + id);

        driver.get(driver.findElement(By.id("saved-print")).getAttribute("href"));
        assertThat(driver.findElement(By.cssSelector(".sheet h1")).getText()).contains("补偿明细表");
        assertThat(driver.findElement(By.id("sheet-total")).getText()).isEqualTo("12,000.00");
        assertThat(driver.findElement(By.id("capitals")).getText()).isEqualTo("人民币壹万贰仟元整");
        assertThat(driver.findElement(By.cssSelector(".sheet .facts")).getText()).contains(household).contains("李四");
        assertThat(driver.findElement(By.id("content-hash")).getText()).matches("[0-9a-f]{64}");
        assertThat(driver.findElement(By.cssSelector(".sheet")).getText())
                .contains("附属平房 框架结构", "一(一) 小计", "文政发〔2023〕6号", "户主签字", "经办人", "审核人", "日期");
    }

    @Test
    @DisplayName("完整住户:评估单价、胸径、面积置换、补助、奖励与待定事项,合计 94,274.00;截图;打印为 A4 PDF(至多 2 页)")
    void fullHousehold() throws IOException {
        String household = unique("BZ");
        openQuotePage();
        type(pages.field("id"), household);
        type(pages.field("headOfHousehold"), "张三");
        type(pages.field("village"), "堡子村");
        type(pages.field("demolishedBuildingAreaM2"), "31");
        type(pages.field("mainHouse.measuredAreaM2"), "120");
        type(pages.field("mainHouse.footprintM2"), "100");
        type(pages.field("mainHouse.homesteadCertificateAreaM2"), "300");
        date("dates.agreementSigned", "2023-07-01");
        date("dates.compensationPaid", "2023-07-05");
        date("dates.movedOut", "2023-08-04");

        // 附属平房 砖混结构 50 m², appraised at 760 inside the printed 700-800
        pages.pick("一(一) 房屋、附属设施", "附属平房", "砖混结构");
        type(pages.field("items[0].quantity"), "50");
        WebElement price = pages.field("items[0].appraisedUnitPrice");
        WebElement range = price.findElement(By.xpath("ancestor::div[contains(@class,'fld')]"))
                .findElement(By.className("allowed-range"));
        assertThat(range.getText()).isEqualTo("标准 700 – 800 元/m²");
        type(price, "760");
        // 一(一) 注1 依最终评估价执行 (I-23): a 一(一) row offers the reason for a price beyond the range
        assertThat(driver.findElements(By.cssSelector("#items-body input[data-key='overrideReason']"))).hasSize(1);

        // 核桃树 胸径 12 cm × 3, found with the search box
        WebElement search = driver.findElement(By.id("pick-q"));
        search.sendKeys("核桃");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#pick-results .pick-result[data-code='2-1.fruit.walnut']"))).click();
        type(pages.field("items[1].quantity"), "3");
        type(pages.field("items[1].measurements.trunkDiameterCm"), "12");

        // 地下室 20 m²: by appraisal, listed apart, never summed
        pages.pick("一(一) 房屋、附属设施", "地下室", "(无规格)");
        type(pages.field("items[2].quantity"), "20");

        // 38,000 + 1,500 + 三(一) 31 × 10 = 310 + 三(二) 31 × 6 × 24 = 4,464 + 三(三) day 30 → 50,000
        pages.waitForTotal("94,274.00");
        String result = driver.findElement(By.id("quote-output")).getText();
        assertThat(result).contains("38,000.00", "1,500.00", "310.00", "4,464.00", "50,000.00");
        assertThat(driver.findElement(By.cssSelector(".swaps-table tr[data-code='1-1.swap.main-house'] .swap-area"))
                .getText()).isEqualTo("120 m²");
        assertThat(driver.findElement(By.cssSelector(".swaps-table tr[data-code='1-1.swap.homestead'] .swap-area"))
                .getText()).isEqualTo("80 m²");
        assertThat(driver.findElement(By.id("incentive")).getText())
                .contains("2023-08-04 前(含)搬迁", "2023-08-19 前(含)搬迁", "第 30 日", "50,000.00 元");
        assertThat(driver.findElement(By.cssSelector(".pending-table tr[data-code='1-1.basement']")).getText())
                .contains("地下室", "按评估价", "20 m²");
        // 「金额确定」 is not 「已结清」: the basement awaits its appraisal; every cited reading is explained below
        assertThat(driver.findElement(By.id("settlement")).getText()).contains("尚未结清", "有待定事项");
        assertThat(driver.findElement(By.cssSelector(".interpretations-table")).getText())
                .contains("I-09", "30 m² 处的断崖", "I-10", "奖励期限的起算", "I-23", "评估价");

        // an appraised price outside the range: the message stands beside the price field of that row
        type(price, "850");
        wait.until(d -> errorOf(price).getText().contains("超出标准700-800"));
        type(price, "760");
        pages.waitForTotal("94,274.00");
        type(driver.findElement(By.id("f-operator")), "王五");
        screenshot("quote-page.png");

        long id = save();
        driver.get(base + "ledger/" + id + "/print");
        assertThat(driver.findElement(By.id("sheet-total")).getText()).isEqualTo("94,274.00");
        assertThat(driver.findElement(By.id("capitals")).getText()).isEqualTo("人民币玖万肆仟贰佰柒拾肆元整");
        assertThat(driver.findElement(By.cssSelector(".sheet-swaps")).getText()).contains("120 m²", "80 m²");
        assertThat(driver.findElement(By.cssSelector(".signatures")).getText()).contains("王五");
        screenshot("print-view.png");

        // printed: the navigation and the toolbar are gone, the sheet stays
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".print-toolbar")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("sheet")).isDisplayed()).isTrue();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        Pdf pdf = driver.print(a4);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-");
        long pages = java.util.regex.Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw).results().count();
        assertThat(pages).as("A4 pages of this household's 补偿明细表").isBetween(1L, 2L);
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        Files.write(HeadlessChromium.SCREENSHOTS.resolve("print-view.pdf"), bytes);
    }

    @Test
    @DisplayName("台账:按住户查询、打开记录、校验状态与重新校验")
    void ledgerPages() {
        String household = unique("WL");
        openQuotePage();
        type(pages.field("id"), household);
        type(pages.field("village"), "堡子村");
        pages.pick("二(二) 木材树类", "木材树类", "杨树");
        type(pages.field("items[0].quantity"), "4");
        type(pages.field("items[0].measurements.trunkDiameterCm"), "10");
        pages.waitForTotal("368.00"); // 7cm< 胸径≤15cm 杨树 92 元/株 × 4
        long id = save();

        driver.get(base + "ledger");
        type(driver.findElement(By.id("s-household")), household);
        driver.findElement(By.cssSelector("#ledger-search button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("household="));
        wait.until(d -> d.findElement(By.id("result-count")).getText().contains("共 1 条记录"));
        WebElement row = driver.findElement(By.cssSelector("#ledger-table tr[data-entry='" + id + "']"));
        assertThat(row.getText()).contains(household, "368.00");
        row.findElement(By.linkText("详情")).click();
        wait.until(ExpectedConditions.urlMatches("/ledger/" + id + "$"));

        wait.until(d -> d.findElement(By.id("verify-summary")).getText().contains("校验通过"));
        assertThat(driver.findElement(By.id("verify")).getAttribute("class")).contains("verify-ok");
        driver.findElement(By.id("verify-again")).click();
        wait.until(d -> d.findElement(By.id("verify-time")).getText().contains("重新校验"));
        assertThat(driver.findElement(By.id("verify-checks")).getText()).contains("内容哈希:一致", "重新计算:结果一致");
        driver.findElement(By.id("print-link")).click();
        wait.until(ExpectedConditions.urlContains("/ledger/" + id + "/print"));
        WebElement capitals = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("capitals")));
        assertThat(capitals.getText()).isEqualTo("人民币叁佰陆拾捌元整");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void openQuotePage() {
        driver.get(base.toString());
        wait.until(d -> "true".equals(d.findElement(By.id("quote-app")).getAttribute("data-ready")));
    }


    private static WebElement errorOf(WebElement input) {
        return input.findElement(By.xpath("ancestor::div[contains(@class,'fld')][1]//*[contains(@class,'field-error')]"));
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** Date inputs take their value in the browser's locale format when typed; set the ISO value and fire input. */
    private void date(String path, String iso) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", pages.field(path), iso);
    }



    private long save() {
        driver.findElement(By.id("save")).click();
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved-print")));
        String id = driver.findElement(By.id("quote-app")).getAttribute("data-saved");
        assertThat(link.getAttribute("href")).endsWith("/ledger/" + id + "/print");
        assertThat(driver.findElement(By.id("saved-entry")).getAttribute("href")).endsWith("/ledger/" + id);
        return Long.parseLong(id);
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name, 1400);
    }
}
