package cn.wenshui.compensation.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.Households;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 假如测算 (/what-if) and 两份报价对比 (/diff) in a real headless Chromium, used as staff use them: fill the form,
 * choose a reading, press the button. Amounts from the regulation: 一(一) 钢管机井 超过200米 1200 元/米 (I-07 reads the
 * whole depth at that price by default; MARGINAL prices the first 200 m at 1100), 附属平房 框架结构 1200 元/m²,
 * 一(二) 大棚 钢架结构 45 元/m².
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("假如测算与报价对比:在真实无头 Chromium 中填表、选择、测算")
class WhatIfDiffBrowserTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    private static ChromeDriver driver;
    private static HeadlessChromium chromium;

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    private WebDriverWait wait;

    @BeforeEach
    void browser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start("what-if", 1400, 1000);
            driver = chromium.driver();
        }
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void quit() throws IOException {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
            driver = null;
        }
    }

    private static long record(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/v1/quotes?persist=true").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private void file(String code, String village) throws Exception {
        Households.file(dataSource, code, village);
    }

    private static int ledgerEntries() {
        return given().get("/api/v1/ledger/verify").then().statusCode(200).extract().jsonPath().getInt("entries");
    }

    @Test
    @DisplayName("解释I-07 改读 MARGINAL:250米钢管机井一户 250×1200=300,000 → 200×1100+50×1200=280,000,差 20,000;另一户不变;台账不写入")
    void whatIfAnotherReading() throws Exception {
        String village = "浏览假如村" + UUID.randomUUID().toString().substring(0, 6);
        file(village + "-1", village);
        file(village + "-2", village);
        record("""
                {"id": "%s-1", "headOfHousehold": "王五", "village": "%s",
                 "items": [{"ref": "A1", "code": "1-1.well.steel-pipe", "quantity": 250}]}
                """.formatted(village, village));
        record("""
                {"id": "%s-2", "headOfHousehold": "李四", "village": "%s",
                 "items": [{"ref": "A1", "code": "1-1.annex.frame", "quantity": 10}]}
                """.formatted(village, village));
        int entries = ledgerEntries();

        driver.get(base + "what-if");
        WebElement where = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("w-village")));
        where.sendKeys(village);
        new Select(driver.findElement(By.id("r-machine-well-beyond-200m"))).selectByValue("MARGINAL");
        driver.findElement(By.id("whatif-run")).click();

        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whatif-summary")));
        assertThat(summary.getText()).contains("重算 2 户");
        assertThat(driver.findElement(By.id("whatif-changed")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("whatif-difference")).getText()).contains("20,000.00");
        assertThat(driver.findElement(By.id("whatif-villages")).getText()).contains(village);
        assertThat(driver.getPageSource()).contains(village + "-1").doesNotContain(village + "-2</");
        // the choice survives the round trip, as a user would expect to see what was measured
        assertThat(new Select(driver.findElement(By.id("r-machine-well-beyond-200m"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("MARGINAL");

        String export = driver.findElement(By.id("whatif-export")).getAttribute("href");
        given().get(export).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ledgerEntries()).as("a what-if writes nothing").isEqualTo(entries);
    }

    @Test
    @DisplayName("两份报价对比:附属平房 框架结构 10 改 12 m²(12,900.00 → 15,300.00),逐行变动与差额 +2,400.00")
    void diffOfTwoEntries() {
        String household = "WD-" + UUID.randomUUID().toString().substring(0, 8);
        // 10 × 1200 = 12,000 + 20 × 45 = 900 → 12,900; then 12 × 1200 = 14,400 + 900 → 15,300
        long from = record("""
                {"id": "%s", "headOfHousehold": "赵六", "village": "堡子村",
                 "items": [{"code": "1-1.annex.frame", "quantity": 10},
                           {"code": "1-2.polytunnel.steel-frame", "quantity": 20}]}
                """.formatted(household));
        long to = given().contentType(ContentType.JSON).body("""
                {"id": "%s", "headOfHousehold": "赵六", "village": "堡子村",
                 "items": [{"code": "1-1.annex.frame", "quantity": 12},
                           {"code": "1-2.polytunnel.steel-frame", "quantity": 20}]}
                """.formatted(household)).post("/api/v1/quotes?persist=true&supersedes=" + from).then()
                .statusCode(201).extract().jsonPath().getLong("id");

        driver.get(base + "diff");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("d-from"))).sendKeys(String.valueOf(from));
        driver.findElement(By.id("d-to")).sendKeys(String.valueOf(to));
        driver.findElement(By.cssSelector("form[action='/diff'] button[type=submit]")).click();

        WebElement total = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff-total")));
        assertThat(total.getText()).isEqualTo("+2,400.00");
        assertThat(driver.findElement(By.id("diff-sides")).getText()).contains("12,900.00", "15,300.00");
        WebElement lines = driver.findElement(By.id("diff-lines"));
        assertThat(lines.getText()).contains("附属平房", "框架结构", "+2,400.00");
        assertThat(lines.getText()).doesNotContain("大棚");
    }

    @Test
    @DisplayName("对比页的错误输入:台账记录号不是数字或不存在,页面以中文说明,不出现异常堆栈")
    void diffOfBadInput() {
        driver.get(base + "diff?from=abc&to=1");
        WebElement errors = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".general-errors")));
        assertThat(errors.getText()).isNotBlank().containsPattern("[\\u4e00-\\u9fa5]");
        assertThat(driver.getPageSource()).doesNotContain("Exception", "at cn.wenshui");
        assertThat(driver.findElement(By.id("d-from"))).isNotNull();

        driver.get(base + "diff?from=999999999&to=999999998");
        errors = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".general-errors")));
        assertThat(errors.getText()).containsPattern("[\\u4e00-\\u9fa5]");
        assertThat(driver.getPageSource()).doesNotContain("Exception");
    }

    @Test
    @TestSecurity(user = "auditor-test", roles = "auditor")
    @DisplayName("审计人员可打开假如测算与报价对比两页")
    void auditorsOpenBothPages() {
        driver.get(base + "what-if");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whatif-form")))).isNotNull();
        driver.get(base + "diff");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("d-from")))).isNotNull();
    }

    @Test
    @TestSecurity(user = "firm-test", roles = "appraiser")
    @DisplayName("评估机构不能打开两页(工作人员与审计的页面)")
    void appraisalFirmsCannot() {
        driver.get(base + "what-if");
        assertThat(driver.findElements(By.id("whatif-form"))).isEmpty();
        driver.get(base + "diff");
        assertThat(driver.findElements(By.id("d-from"))).isEmpty();
    }
}
