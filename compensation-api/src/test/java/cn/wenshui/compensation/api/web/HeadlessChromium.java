package cn.wenshui.compensation.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
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

    /** Quits the browser and deletes its profile. */
    void quit() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
