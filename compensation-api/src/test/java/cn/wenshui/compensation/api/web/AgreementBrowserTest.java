package cn.wenshui.compensation.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 补偿协议 print page in real headless Chromium: reached from the household's page, it shows the filled agreement
 * (a household priced by hand: 一(一) 框架结构 10 m² × 1200 = 12,000.00). With -Dworkbench.screenshots.update=true the
 * screenshot also goes to docs/screenshots/agreement.png (README).
 */
@QuarkusTest
@TestSecurity(user = "staff-agreement", roles = "staff")
@DisplayName("补偿协议打印页:Chromium 中由分户档案进入,显示填好的协议")
class AgreementBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("分户档案 → 补偿协议:户主、身份证号、分项、合计与大写")
    void agreementPage() throws Exception {
        String code = "AGB-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body("""
                {"code": "%s", "headName": "王建国", "idNumber": "141122198001011230", "village": "堡子村",
                 "group": "三组", "address": "东街12号", "phone": "13812345678", "bankName": "文水县农村信用社",
                 "bankAccount": "6222021234567890123"}
                """.formatted(code)).post("/api/v1/households").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"id": "%s", "headOfHousehold": "王建国", "village": "堡子村", "demolishedBuildingAreaM2": 31,
                 "mainHouse": {"measuredAreaM2": 120, "footprintM2": 100, "homesteadCertificateAreaM2": 300},
                 "items": [{"code": "1-1.annex.frame", "quantity": 10}]}
                """.formatted(code)).post("/api/v1/quotes?persist=true").then().statusCode(201);
        HeadlessChromium chromium = HeadlessChromium.start("agreement", 1100, 1000);
        try {
            ChromeDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(new URL(base, "/households/" + code).toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("agreement-link"))).click();
            String text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement"))).getText();
            // 12,000 + 三(一) 31 m² × 10 = 310 + 三(二) 31 × 6 × 24 = 4,464 → 16,774.00
            assertThat(text).contains("补偿协议", "王建国", "141122198001011230", "12,000.00", "16,774.00",
                    "壹万陆仟柒佰柒拾肆元整", "正房", "1:0.4");
            chromium.screenshot("agreement.png", 1100);
        } finally {
            chromium.quit();
        }
    }
}
