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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The 分户档案 pages in a real headless Chromium: register by the form, search, open a household's file. */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("分户档案页面:真实无头 Chromium 中登记、查询与档案页")
class HouseholdBrowserTest {
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.start("households", 1400, 1000);
        driver = chromium.driver();
    }

    @AfterAll
    static void quit() throws IOException {
        if (chromium != null) {
            chromium.quit();
        }
    }

    private WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    @Test
    @DisplayName("登记表单:身份证校验码错时在表单上报错;改正后保存,进入档案页,状态 登记,工作人员见完整信息")
    void registerByTheForm() {
        String code = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        driver.get(base + "households/new");
        type("f-code", code);
        type("f-headName", "王建国");
        type("f-idNumber", "141122198001011231");
        type("f-village", "堡子村");
        type("f-group", "二组");
        type("f-phone", "13812345678");
        driver.findElement(By.id("save-household")).click();
        WebElement error = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
        assertThat(error.getText()).contains("身份证号校验码不符");
        assertThat(error.getAttribute("data-field")).isEqualTo("idNumber");
        assertThat(driver.findElement(By.id("f-headName")).getAttribute("value")).isEqualTo("王建国");
        type("f-idNumber", "141122198001011230");
        driver.findElement(By.id("save-household")).click();
        await().until(ExpectedConditions.urlContains("/households/" + code));
        assertThat(driver.findElement(By.id("state-label")).getText()).isEqualTo("登记");
        assertThat(driver.findElement(By.id("f-head")).getText()).isEqualTo("王建国");
        assertThat(driver.findElement(By.id("f-id")).getText()).isEqualTo("141122198001011230");
        assertThat(driver.findElements(By.id("masked-note"))).isEmpty();
    }

    @Test
    @DisplayName("查询页:按村与户主姓名查询,表格与总数;点编号进入档案页,链接到办理进度、报价版本与当前台账记录")
    void searchAndDetail() {
        String village = "浏览村" + UUID.randomUUID().toString().substring(0, 6);
        String first = "WS-" + UUID.randomUUID().toString().substring(0, 8);
        for (String[] h : new String[][] {{first, "李明亮"}, {first + "b", "李小红"}, {first + "c", "赵强"}}) {
            given().contentType(ContentType.JSON).body("""
                    {"code": "%s", "headName": "%s", "village": "%s", "group": "一组"}""".formatted(h[0], h[1], village))
                    .post("/api/v1/households").then().statusCode(201);
        }
        long entry = given().contentType(ContentType.JSON).body(cn.wenshui.compensation.api.Households.small(first,
                village)).post("/api/v1/ledger/quotes").then().statusCode(201).extract().jsonPath().getLong("id");

        driver.get(base + "households");
        assertThat(driver.findElement(By.cssSelector(".site-nav a[href='/households']")).getText())
                .isEqualTo("分户档案");
        type("s-village", village);
        type("s-q", "李");
        new Select(driver.findElement(By.id("s-order"))).selectByValue("code");
        driver.findElement(By.id("search-button")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "共 2 户"));
        var rows = driver.findElements(By.cssSelector("#household-table tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("data-code")).containsExactly(first, first + "b");
        assertThat(rows.get(0).getText()).contains("李明亮").contains("登记").contains("12000.00");

        rows.get(0).findElement(By.linkText(first)).click();
        await().until(ExpectedConditions.urlContains("/households/" + first));
        assertThat(driver.findElement(By.id("f-head")).getText()).isEqualTo("李明亮");
        assertThat(driver.findElement(By.id("entry-link")).getAttribute("href")).endsWith("/ledger/" + entry);
        assertThat(driver.findElement(By.id("events-link")).getAttribute("href"))
                .endsWith("/households/" + first + "/events");
        assertThat(driver.findElement(By.id("versions-link")).getAttribute("href"))
                .endsWith("/households/" + first + "/versions");

        driver.get(base + "households/NO-SUCH-" + first);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("未找到住户");
    }
}
