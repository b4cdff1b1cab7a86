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
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The events page in a real headless Chromium: staff record 签约 → 付款 → 搬迁交房 and see 三(三) decided. */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("住户事件页面:真实无头 Chromium")
class HouseholdEventsBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("三(三) 页面记录 签约2023-07-01 → 付款2023-07-05(付清)→ 搬迁交房2023-08-04(第30日):奖励 5万元,只列可记录的事件")
    void signPayMove() throws Exception {
        String code = "BR-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO household (code, head_name, village, state, "
                     + "created_at, created_by, updated_at, updated_by) VALUES (?, '李四', '堡子村', 'REGISTERED', ?, "
                     + "'test', ?, 'test')")) {
            ps.setString(1, code);
            ps.setObject(2, OffsetDateTime.now());
            ps.setObject(3, OffsetDateTime.now());
            ps.executeUpdate();
        }
        given().contentType(ContentType.JSON).body(Households.small(code, "堡子村")).post("/api/v1/ledger/quotes")
                .then().statusCode(201);
        for (String body : new String[]{"{\"kind\": \"APPRAISAL_RECEIVED\", \"date\": \"2023-06-01\"}",
                "{\"kind\": \"PUBLISHED\", \"date\": \"2023-06-10\"}", "{\"kind\": \"PUBLISHED\", \"date\": \"2023-06-20\"}"}) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/households/" + code + "/events").then()
                    .statusCode(201);
        }
        HeadlessChromium chromium = HeadlessChromium.start("events", 1300, 1000);
        try {
            ChromeDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            StaffPages pages = new StaffPages(driver, wait);
            driver.get(base + "households/" + code + "/events");
            assertThat(driver.findElements(By.id("state"))).as(driver.getPageSource()).isNotEmpty();
            assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("第二轮公示");
            assertThat(new Select(driver.findElement(By.id("e-kind"))).getOptions()).extracting(WebElement::getText)
                    .containsExactly("签约", "搬迁交房", "异议", "报指挥部审定");

            pages.recordEvent("签约", "2023-07-01", null, false);
            wait.until(d -> d.findElement(By.id("state")).getText().equals("已签约"));
            pages.recordEvent("付款", "2023-07-05", "12000", true);
            wait.until(d -> d.findElement(By.id("state")).getText().equals("补偿款已付清"));
            assertThat(driver.findElement(By.id("full-deadline")).getText()).contains("2023-08-04");
            assertThat(driver.findElement(By.id("reduced-deadline")).getText()).contains("2023-08-19");
            pages.recordEvent("搬迁交房", "2023-08-04", null, false);
            wait.until(d -> d.findElement(By.id("state")).getText().equals("已搬迁交房"));
            assertThat(driver.findElement(By.id("incentive-amount")).getText()).isEqualTo("50000.00");
            assertThat(driver.findElements(By.cssSelector("#events tr[data-kind]"))).hasSize(6);
            assertThat(new Select(driver.findElement(By.id("e-kind"))).getOptions()).extracting(WebElement::getText)
                    .containsExactly("奖励核定", "异议");
            // the current quote carries the incentive: the entry re-issued by the move
            String entry = driver.findElement(By.id("current-entry")).getText();
            assertThat(entry).matches("第 \\d+ 号台账记录");
        } finally {
            chromium.quit();
        }
    }

}
