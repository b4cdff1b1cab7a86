package cn.wenshui.compensation.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import cn.wenshui.compensation.schedule.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The developers' guide: "one home for each fact of the regulation". A section title of the schedule, and the
 * incentive's amounts and day counts, are written in the schedule file and nowhere else in main code: no Java,
 * template, script, stylesheet or properties file of compensation-core or compensation-api restates them (comments
 * included). The literals below are copied from the regulation, not read from the schedule.
 */
@DisplayName("规定的每项事实只有一个出处:章节标题与三(三)奖励的金额、天数只写在补偿标准数据文件中")
class OneHomeForEachFactTest {
    /** The sections' subjects as their headings print them, 一(一) … 四. */
    static final List<String> SECTION_TITLES = List.of("房屋、附属设施", "院外建筑类", "禽类房舍", "果树类", "木材树类",
            "拆迁房屋搬迁补助", "临时安置补助", "主动搬迁奖励", "空闲的宅基地补偿");

    /** 三(三) as printed: 「(30 日内)… 5 万元的奖励;(45 日内)… 3 万元的奖励」, in words and in figures. */
    static final List<String> INCENTIVE_FACTS = List.of("5 万元", "3 万元", "30 日", "45 日", "50000", "30000",
            "50,000", "30,000");

    private static final Path CORE = Path.of("../compensation-core/src/main");
    private static final Path API = Path.of("src/main");

    @Test
    @DisplayName("测试所列章节标题即数据文件的全部章节标题(一(一) 房屋、附属设施 … 四 空闲的宅基地补偿)")
    void theListIsTheSchedulesSections() {
        Schedule s = ScheduleLoader.loadDefault();
        assertThat(s.sections()).extracting(Section::title).containsExactlyElementsOf(SECTION_TITLES);
    }

    @Test
    @DisplayName("主代码(Java、模板、脚本、样式、配置)中不出现任何章节标题,也不出现 5 万元、3 万元、30 日、45 日")
    void mainCodeRestatesNoSectionTitleAndNoIncentiveFigure() {
        Map<String, Pattern> facts = new LinkedHashMap<>();
        for (String title : SECTION_TITLES) {
            facts.put(title, Pattern.compile(Pattern.quote(title)));
        }
        for (String fact : INCENTIVE_FACTS) {
            // as printed, spaces optional, and not the tail of a longer number (130 日, 1.25万元)
            String spaced = String.join("\\s*", fact.replace(" ", "").codePoints()
                    .mapToObj(c -> Pattern.quote(new String(Character.toChars(c)))).toList());
            facts.put(fact, Pattern.compile("(?<![0-9.,])" + spaced + "(?![0-9])"));
        }
        List<String> found = new ArrayList<>();
        for (Path file : mainTextFiles()) {
            List<String> lines = read(file);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                for (Map.Entry<String, Pattern> f : facts.entrySet()) {
                    Matcher m = f.getValue().matcher(line);
                    if (m.find()) {
                        found.add(file + ":" + (n + 1) + " states 「" + f.getKey() + "」: " + line.trim());
                    }
                }
            }
        }
        assertThat(found).as("read these facts from the schedule (Schedule, GET /api/v1/schedules/{id}/facts)")
                .isEmpty();
    }

    /** Every text file of main code but the regulation's data (the schedule, its search words, the calendar). */
    private static List<Path> mainTextFiles() {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(CORE, API)) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> !(p.toString().endsWith(".yaml") && (p.getParent().endsWith("schedules")
                                || p.getParent().endsWith("calendars"))))
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(out).anyMatch(p -> p.toString().endsWith("quote.js"))
                .anyMatch(p -> p.toString().endsWith("QuoteEngine.java"));
        return out;
    }

    private static List<String> read(Path file) {
        try {
            if (file.toString().endsWith(".docx")) {
                return docxText(file); // the 补偿协议 template: its words, not its ZIP bytes
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** A Word file's text: each XML part's text with the tags dropped, one paragraph per line. */
    private static List<String> docxText(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            java.util.zip.ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().endsWith(".xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    for (String p : xml.split("</w:p>")) {
                        lines.add(p.replaceAll("<[^>]*>", ""));
                    }
                }
            }
        }
        return lines;
    }
}
