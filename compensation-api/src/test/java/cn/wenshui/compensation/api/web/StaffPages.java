package cn.wenshui.compensation.api.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do on the staff's pages, written once: the quote page's form and the events page's. */
final class StaffPages {
    private final WebDriver driver;
    private final WebDriverWait wait;

    StaffPages(WebDriver driver, WebDriverWait wait) {
        this.driver = driver;
        this.wait = wait;
    }

    /** The quote page's input for a household field or an item field, e.g. {@code items[0].quantity}. */
    WebElement field(String path) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-field='" + path + "']")));
    }

    /** Adds a row by the pickers 章节 → 种类 → 规格, and waits for it. */
    void pick(String section, String category, String spec) {
        new Select(driver.findElement(By.id("pick-section"))).selectByVisibleText(section);
        new Select(driver.findElement(By.id("pick-category"))).selectByVisibleText(category);
        new Select(driver.findElement(By.id("pick-spec"))).selectByVisibleText(spec);
        int before = driver.findElements(By.cssSelector("#items-body tr.item-row")).size();
        driver.findElement(By.id("pick-add")).click();
        wait.until(d -> d.findElements(By.cssSelector("#items-body tr.item-row")).size() == before + 1);
    }

    /** Waits until the live quote has settled on this total (as the page writes it, e.g. {@code 12,000.00}). */
    void waitForTotal(String expected) {
        wait.until(d -> {
            String state = d.findElement(By.id("quote-app")).getAttribute("data-state");
            return !"pending".equals(state) && !"busy".equals(state)
                    && expected.equals(d.findElement(By.id("total-amount")).getText());
        });
    }

    /** Records one event by the events page's form ({@code kind} as the list shows it) and waits for the new page. */
    void recordEvent(String kind, String date, String amount, boolean finalPayment) {
        new Select(driver.findElement(By.id("e-kind"))).selectByVisibleText(kind);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("e-date")), date);
        if (amount != null) {
            driver.findElement(By.id("e-amount")).sendKeys(amount);
        }
        if (finalPayment) {
            driver.findElement(By.id("e-final")).click();
        }
        WebElement submit = driver.findElement(By.id("e-submit"));
        submit.click();
        // the form's page is replaced: its button is gone. Chromium may say so as a stale reference or, mid-way,
        // as "node does not belong to the document" (which stalenessOf does not catch; a flaky failure).
        wait.until(d -> {
            try {
                submit.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }
}
