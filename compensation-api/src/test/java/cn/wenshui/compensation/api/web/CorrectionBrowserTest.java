package cn.wenshui.compensation.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 「更正」 in a real headless Chromium: open an entry, click 更正, change a quantity, save; the new entry corrects the
 * old one, which now says 「已被第N号更正」, and the versions page shows the changed line. Amounts from the
 * regulation: 一(一) 附属平房 框架结构 1200 元/m²; 一(二) 大棚 钢架结构 45 元/m².
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("更正:在真实无头 Chromium 中从台账记录更正报价")
class CorrectionBrowserTest {
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
            chromium = HeadlessChromium.start("correction", 1400, 1000);
            driver = chromium.driver();
        }
        wait = new WebDriverWait(driver, WAIT);
        pages = new StaffPages(driver, wait);
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

    @Test
    @DisplayName("打开记录 → 更正 → 附属平房 10 改 12 m²(12,900.00 → 15,300.00)→ 保存:新记录更正原记录,原记录标「已被第N号更正」")
    void correctAnEntryFromItsPage() throws IOException {
        String household = "CB-" + UUID.randomUUID().toString().substring(0, 8);
        // 10 × 1200 = 12,000 + 20 × 45 = 900 → 12,900 (no refs: the engine numbers the lines 1 and 2)
        long old = given().contentType(ContentType.JSON).body("""
                {"id": "%s", "headOfHousehold": "赵六", "village": "堡子村",
                 "items": [{"code": "1-1.annex.frame", "quantity": 10},
                           {"code": "1-2.polytunnel.steel-frame", "quantity": 20}]}
                """.formatted(household)).post("/api/v1/quotes?persist=true").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        driver.get(base + "ledger/" + old);
        assertThat(driver.findElements(By.id("superseded-mark"))).isEmpty();
        driver.findElement(By.id("correct-link")).click();
        wait.until(d -> "true".equals(d.findElement(By.id("quote-app")).getAttribute("data-ready")));
        assertThat(driver.findElement(By.id("quote-app")).getAttribute("data-correcting")).isEqualTo(String.valueOf(old));
        assertThat(driver.findElement(By.id("correcting")).getText()).contains("正在更正", "台账记录 " + old);
        WebElement id = pages.field("id");
        assertThat(id.getAttribute("value")).isEqualTo(household);
        assertThat(id.getAttribute("readonly")).isNotNull();
        assertThat(pages.field("headOfHousehold").getAttribute("value")).isEqualTo("赵六");
        pages.waitForTotal("12,900.00");

        WebElement quantity = pages.field("items[0].quantity");
        assertThat(quantity.getAttribute("value")).isEqualTo("10");
        quantity.clear();
        quantity.sendKeys("12");
        // 12 × 1200 = 14,400 + 900
        pages.waitForTotal("15,300.00");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved-entry")));
        long now = Long.parseLong(driver.findElement(By.id("quote-app")).getAttribute("data-saved"));
        assertThat(now).isGreaterThan(old);
        assertThat(driver.findElement(By.id("corrected-note")).getText()).contains("已被第" + now + "号更正");

        driver.get(base + "ledger/" + now);
        assertThat(driver.findElement(By.cssSelector(".meta")).getText()).contains("本记录更正 台账记录 " + old);
        assertThat(driver.findElements(By.id("superseded-mark"))).isEmpty();
        assertThat(driver.findElements(By.id("correct-link"))).hasSize(1);

        driver.get(base + "ledger/" + old);
        WebElement mark = driver.findElement(By.id("superseded-mark"));
        assertThat(mark.getText()).contains("已被第" + now + "号更正");
        assertThat(mark.findElement(By.tagName("a")).getAttribute("href")).endsWith("/ledger/" + now);
        assertThat(driver.findElements(By.id("correct-link"))).isEmpty();

        driver.findElement(By.id("versions-link")).click();
        WebElement lines = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff-lines")));
        assertThat(lines.getText()).contains("变更", "附属平房 框架结构", "+2,400.00");
        assertThat(driver.findElement(By.id("diff-total")).getText()).isEqualTo("+2,400.00");
        assertThat(driver.findElement(By.id("versions-table")).getText()).contains("已被第" + now + "号更正", "现行");
        chromium.screenshot("versions.png", 1400);
    }


}
