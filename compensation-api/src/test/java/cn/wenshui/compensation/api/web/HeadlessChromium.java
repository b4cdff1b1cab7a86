package cn.wenshui.compensation.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, as a Chinese user has it (zh-CN; chromium-l10n), with a fresh profile and without the
 * background networking that floods a closed network. The browser tests share it instead of each starting its own way.
 */
final class HeadlessChromium {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static HeadlessChromium start(String name, int width, int height) throws IOException {
        assertThat(CHROMIUM).as("Chromium is needed for the browser tests: apt-get install -y chromium "
                + "chromium-driver chromium-l10n fonts-noto-cjk (.ci/run installs them)").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver is needed: apt-get install -y chromium-driver").isExecutable();
        Path profile = Files.createTempDirectory(name + "-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--lang=zh-CN", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("LANGUAGE", "zh_CN:zh", "LANG", "zh_CN.UTF-8")).build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Every run writes its screenshots here; with -Dworkbench.screenshots.update=true also to docs/screenshots. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final boolean UPDATE_DOCS = Boolean.getBoolean("workbench.screenshots.update");

    /**
     * A full-page screenshot: the window is stretched until the viewport holds the whole page, including the quote
     * page's result column (sticky, at most one viewport high), then set back to {@code width} × 1000.
     */
    void screenshot(String name, int width) throws IOException {
        JavascriptExecutor js = driver;
        js.executeScript("if (document.activeElement) { document.activeElement.blur(); } window.scrollTo(0, 0);");
        String needed = "var r = document.querySelector('.result-column');"
                + "var h = Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);"
                + "if (r) { h = Math.max(h, r.getBoundingClientRect().top + window.scrollY + r.scrollHeight + 40); }"
                + "return [Math.ceil(h), window.innerHeight];";
        int height = 1000;
        for (int i = 0; i < 5; i++) {
            @SuppressWarnings("unchecked")
            List<Number> m = (List<Number>) js.executeScript(needed);
            int want = Math.min(8000, m.get(0).intValue());
            int inner = m.get(1).intValue();
            if (inner >= want) {
                break;
            }
            height = Math.min(8000, height + want - inner);
            driver.manage().window().setSize(new Dimension(width, height));
        }
        js.executeScript("window.scrollTo(0, 0);");
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        if (UPDATE_DOCS) {
            Path docs = docsScreenshots();
            Files.createDirectories(docs);
            Files.copy(shot, docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(new Dimension(width, 1000));
    }

    /** docs/screenshots of the repository (tests run in compensation-api). */
    private static Path docsScreenshots() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
        return root.resolve("docs").resolve("screenshots");
    }

    /** Quits the browser and deletes its profile. */
    void quit() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
