package cn.wenshui.compensation.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One household's whole path through the office's pages, in a real headless Chromium, as staff do it: 登记 → 出具报价
 * → 评估 → 公示 (two rounds) → 签约 → 付款 → 搬迁交房 → 奖励核定 → 打印明细表, then a correction. Amounts are the
 * regulation's: 一(一) 附属平房 框架结构 1200 元/m²; 三(三) 「30日内…奖励5万元」. The screenshots are the README's.
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("住户全程:真实无头 Chromium 中 登记 → 报价 → 公示 → 签约 → 付款 → 搬迁 → 奖励核定 → 打印,及更正")
class HouseholdPathBrowserTest {
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL base;

    private WebDriverWait wait;
    private StaffPages pages;

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.start("path", 1400, 1000);
        driver = chromium.driver();
    }

    @AfterAll
    static void quit() throws IOException {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    @DisplayName("附属平房 框架结构 10 m² × 1200 = 12,000;付清 2023-07-05,第 30 日 2023-08-04 搬迁 → 三(三) 5万元,合计 62,000;"
            + "更正为 12 m² → 64,400")
    void theWholePath() throws IOException {
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        pages = new StaffPages(driver, wait);
        String code = "PATH-" + UUID.randomUUID().toString().substring(0, 8);
        String village = "全程村" + code.substring(5);

        // 登记: the household file, by its form
        driver.get(base + "households/new");
        type("f-code", code);
        type("f-headName", "王建国");
        type("f-idNumber", "141122198001011230");
        type("f-village", village);
        type("f-group", "二组");
        type("f-address", "堡子村东街12号");
        type("f-phone", "13812345678");
        driver.findElement(By.id("save-household")).click();
        wait.until(ExpectedConditions.urlContains("/households/" + code));
        assertThat(driver.findElement(By.id("state-label")).getText()).isEqualTo("登记");
        chromium.screenshot("path-1-household.png", 1400);

        // 出具报价 from the file: 编号, 户主 and 村 come from it; the dates are the events' (none yet)
        driver.findElement(By.id("quote-link")).click();
        wait.until(d -> "true".equals(d.findElement(By.id("quote-app")).getAttribute("data-ready")));
        WebElement id = pages.field("id");
        assertThat(id.getAttribute("value")).isEqualTo(code);
        assertThat(id.getAttribute("readonly")).isNotNull();
        assertThat(pages.field("headOfHousehold").getAttribute("value")).isEqualTo("王建国");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dates-from-events")));
        assertThat(pages.field("dates.agreementSigned").getAttribute("readonly")).isNotNull();
        pages.pick("一(一) 房屋、附属设施", "附属平房", "框架结构");
        type(pages.field("items[0].quantity"), "10");
        pages.waitForTotal("12,000.00");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved-entry")));

        // 评估 → 公示 ×2 → 签约 → 付款 (付清) → 搬迁交房 on day 30 → 奖励核定
        driver.get(base + "households/" + code);
        driver.findElement(By.id("events-link")).click();
        event("评估", "2023-06-01", null, false, "评估报告已收到");
        event("公示", "2023-06-10", null, false, "第一轮公示");
        event("公示", "2023-06-20", null, false, "第二轮公示");
        event("签约", "2023-07-01", null, false, "已签约");
        event("付款", "2023-07-05", "12000", true, "补偿款已付清");
        assertThat(driver.findElement(By.id("full-deadline")).getText()).contains("2023-08-04");
        assertThat(driver.findElement(By.id("reduced-deadline")).getText()).contains("2023-08-19");
        event("搬迁交房", "2023-08-04", null, false, "已搬迁交房");
        assertThat(driver.findElement(By.id("incentive-amount")).getText()).isEqualTo("50000.00");
        event("奖励核定", "2023-08-05", null, false, "奖励已核定");
        chromium.screenshot("path-2-events.png", 1400);
        String current = driver.findElement(By.id("current-entry")).getText().replaceAll("\\D", "");

        // the current entry carries the incentive its events decided; its print is the 补偿明细表
        driver.get(base + "ledger/" + current + "/print");
        String print = driver.findElement(By.tagName("body")).getText();
        assertThat(print).contains(code, "12,000.00", "50,000.00", "62,000.00", "2023-08-04");
        chromium.screenshot("path-3-print.png", 1400);

        // 更正 from the file: the form holds the current inventory; 10 → 12 m² (+2,400), the dates stay the events'
        driver.get(base + "households/" + code);
        driver.findElement(By.id("correct-entry-link")).click();
        wait.until(d -> "true".equals(d.findElement(By.id("quote-app")).getAttribute("data-ready")));
        assertThat(driver.findElement(By.id("quote-app")).getAttribute("data-correcting")).isEqualTo(current);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dates-from-events")));
        assertThat(pages.field("dates.movedOut").getAttribute("value")).isEqualTo("2023-08-04");
        pages.waitForTotal("62,000.00");
        type(pages.field("items[0].quantity"), "12");
        pages.waitForTotal("64,400.00");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved-entry")));
        String corrected = driver.findElement(By.id("quote-app")).getAttribute("data-saved");
        assertThat(driver.findElement(By.id("corrected-note")).getText()).contains("已被第" + corrected + "号更正");

        driver.get(base + "households/" + code + "/versions");
        assertThat(driver.findElement(By.id("diff-total")).getText()).isEqualTo("+2,400.00");
        driver.get(base + "ledger/" + current + "/print");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("已被第" + corrected + "号更正");

        // the 片区 dashboard counts the household once, with its corrected entry and its decided incentive
        driver.get(base + "caseload?village=" + village + "&asOf=2023-08-10");
        String dashboard = driver.findElement(By.id("caseload-table")).getText();
        assertThat(dashboard).contains("64,400.00", "50,000.00", "12,000.00");
        chromium.screenshot("path-4-caseload.png", 1400);
    }

    private void type(String id, String text) {
        type(driver.findElement(By.id(id)), text);
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }





    /** One event by the events page's form; waits for the state it leads to. */
    private void event(String kind, String date, String amount, boolean fin, String stateAfter) {
        pages.recordEvent(kind, date, amount, fin);
        wait.until(d -> d.findElement(By.id("state")).getText().equals(stateAfter));
    }
}
