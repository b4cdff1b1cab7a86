package cn.wenshui.compensation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import cn.wenshui.compensation.api.batch.BatchLayout;
import cn.wenshui.compensation.api.batch.TemplateWorkbook;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The facts pages and workbooks state come from the schedule file, served by the API (expected values as printed). */
@QuarkusTest
@DisplayName("GET /api/v1/schedules/{id}/facts:页面与工作簿所述的规定事实读自补偿标准数据文件")
class ScheduleFactsTest {
    private static final Schedule SCHEDULE = ScheduleLoader.loadDefault();

    @Test
    @DisplayName("三(三):在规定时间内(30 日内)5 万元;(45 日内)3 万元;由住户信息计算的行及其依据")
    void factsEndpoint() {
        given().get("/api/v1/schedules/wenzhengfa-2023-6/facts").then().statusCode(200)
                .body("sections.id", hasItems("一(一)", "三(三)", "四"))
                .body("incentive.section", is("三(三)"))
                .body("appraisalOverrideSections", contains("一(一)"))
                .body("incentive.rewards.amountWords", contains("5万元", "3万元"))
                .body("incentive.rewards.words", contains("30日内5万元", "45日内3万元"))
                .body("computed.find { it.code == '3-1.moving-subsidy' }.from", is("demolishedBuildingAreaM2"))
                .body("computed.find { it.code == '3-3.incentive' }.from", is("dates"))
                .body("computed.find { it.code == '1-3.settlement' }.from", is("livestockPremises"))
                .body("computed.find { it.code == '1-1.swap.homestead' }.from", is("mainHouse"))
                .body("hints.'dates.movedOut'", is("三(三)奖励:自签订协议并支付补偿款后30日内5万元、45日内3万元"));
        given().get("/api/v1/schedules/wenzhengfa-2023-6/items/3-2.settlement").then().statusCode(200)
                .body("computedFrom", is("demolishedBuildingAreaM2"));
    }

    @Test
    @DisplayName("批量模板的列批注读自数据文件:搬迁日期「30日内5万元、45日内3万元」,困难延期「增加24个月」,宅基地「1:0.4」;每条提示都对应一列")
    void templateHintsComeFromTheSchedule() throws Exception {
        assertThat(BatchLayout.unusedHints(SCHEDULE)).isEmpty();
        byte[] template = TemplateWorkbook.build(new QuoteEngine(SCHEDULE, Readings.defaults()), 1 << 20);
        Map<String, String> comments = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet households = wb.getSheet(BatchLayout.HOUSEHOLDS);
            for (Cell c : households.getRow(0)) {
                if (c.getCellComment() != null) {
                    comments.put(c.getStringCellValue(), c.getCellComment().getString().getString());
                }
            }
            StringBuilder help = new StringBuilder();
            wb.getSheet(BatchLayout.INSTRUCTIONS).forEach(r -> r.forEach(c -> help.append(c.getStringCellValue())));
            assertThat(help.toString()).contains("三(三)主动搬迁奖励", "一(三)每月临时安置补助(3个月)")
                    .doesNotContain("{", "}");
        }
        assertThat(comments).containsEntry("搬迁日期", "三(三)奖励:自签订协议并支付补偿款后30日内5万元、45日内3万元")
                .containsEntry("困难延期经批准(是/否)", "三(二):唯一住房临时安置确有困难、经批准增加24个月")
                .containsEntry("宅基地证面积m²", "一(一)房屋面积置换 宅基地 1:0.4(扣除正房占地面积)")
                .containsEntry("住户编号", "必填,每户唯一;「清单」「养殖场所」两表按此编号归户");
    }
}
