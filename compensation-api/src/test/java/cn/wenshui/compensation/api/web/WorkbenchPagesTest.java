package cn.wenshui.compensation.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import cn.wenshui.compensation.api.Households;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The workbench pages as HTML: status, content type and the Chinese text a staff member relies on. */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("工作台页面(服务端渲染的 HTML)")
class WorkbenchPagesTest {

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static long persist(String body) {
        return given().contentType(ContentType.JSON).header("X-Operator", "%E7%8E%8B%E4%BA%94").body(body)
                .post("/api/v1/quotes?persist=true").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    @DisplayName("布局:四个导航链接(住户报价、台账、批量导入、片区汇总)与样式表")
    void layoutContract() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("<link rel=\"stylesheet\" href=\"/css/app.css\">"))
                .body(containsString("<a href=\"/\">住户报价</a>"))
                .body(containsString("<a href=\"/ledger\">台账</a>"))
                .body(containsString("<a href=\"/batch\">批量导入</a>"))
                .body(containsString("<a href=\"/batch/summary\">片区汇总</a>"));
        given().get("/css/app.css").then().statusCode(200)
                .body(containsString("@page"), containsString("size: A4"), containsString("@media print"));
        given().get("/js/quote.js").then().statusCode(200).body(containsString("/api/v1/quotes"));
    }

    @Test
    @DisplayName("住户报价页:住户信息、正房、日期、项目选择、养殖场所、保存到台账")
    void quotePage() {
        given().get("/").then().statusCode(200).contentType("text/html;charset=UTF-8")
                .body(containsString("<title>住户报价 · 堡子片区征地拆迁补偿工作台</title>"))
                .body(containsString("编号"), containsString("户主"), containsString("村"),
                        containsString("唯一住房"), containsString("困难延期经批准"),
                        containsString("被拆迁房屋建筑面积"), containsString("实测面积"), containsString("占地面积"),
                        containsString("宅基地证面积"), containsString("签订协议"), containsString("支付补偿款"),
                        containsString("搬迁"), containsString("章节"), containsString("种类"), containsString("规格"),
                        containsString("养殖场所"), containsString("保存到台账"))
                .body(containsString("data-schedule=\"wenzhengfa-2023-6\""))
                .body(containsString("data-field=\"mainHouse.measuredAreaM2\""))
                .body(containsString("data-field=\"dates.movedOut\""))
                .body(containsString("文政发〔2023〕6号"));
    }

    @Test
    @DisplayName("补偿明细表:逐行条款、小计、区间合计两端的大写、面积置换、标准与哈希、签字栏")
    void printView() {
        String household = unique("WP");
        long id = persist(Households.typical(household));
        String hash = given().get("/api/v1/ledger/quotes/" + id).then().extract().path("contentHash");
        given().get("/ledger/" + id + "/print").then().statusCode(200).contentType("text/html;charset=UTF-8")
                .body(containsString("补偿明细表"), containsString(household), containsString("张三"))
                .body(containsString("附属平房 砖混结构"), containsString("果树类 核桃树"))
                .body(containsString("一(一) 小计"), containsString("三(三) 小计"))
                .body(containsString("35,000.00 – 40,000.00"))
                .body(containsString("91,274.00 – 96,274.00"))
                .body(containsString("人民币玖万壹仟贰佰柒拾肆元整"), containsString("人民币玖万陆仟贰佰柒拾肆元整"))
                .body(containsString("房屋面积置换"), containsString("80 m²"), containsString("120 m²"))
                .body(containsString("地下室"), containsString("待定事项"))
                .body(containsString("2023-08-19"))
                // 三(三) as printed: 5 万元 / 3 万元, the heading and the deadlines' rewards read from the schedule
                .body(containsString("主动搬迁奖励(三(三))"), containsString("5万元期限"), containsString("3万元期限"))
                .body(containsString("文政发〔2023〕6号"), containsString("第 1 版"), containsString(hash))
                .body(containsString("户主签字"), containsString("经办人"), containsString("审核人"),
                        containsString("日期"), containsString("王五"));
    }

    @Test
    @DisplayName("补偿明细表附「本表所引解释」:表中引用的每条解释(I-09 断崖、I-10 起算、I-28 建筑面积…)逐条列出标题与说明")
    void printViewExplainsEveryCitedInterpretation() {
        long id = persist(Households.typical(unique("WI")));
        String page = given().get("/ledger/" + id + "/print").then().statusCode(200).extract().asString();
        assertThat(page).contains("附:本表所引解释", "奖励期限的起算", "补助的建筑面积");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("解释(I-\\d{2})").matcher(page);
        while (m.find()) {
            assertThat(page).as("I-xx cited on the sheet is listed in its appendix")
                    .contains("<td>" + m.group(1) + "</td>");
        }
    }

    @Test
    @DisplayName("补偿明细表:金额确定时只有一个合计,大写为 壹万贰仟元整")
    void printViewExact() {
        long id = persist(Households.small(unique("WE"), unique("村")));
        given().get("/ledger/" + id + "/print").then().statusCode(200)
                .body(containsString("12,000.00"), containsString("人民币壹万贰仟元整"))
                .body(not(containsString("最低(小写)")));
    }

    @Test
    @DisplayName("台账记录页:校验状态(内容哈希、链接、重新计算)与打印链接")
    void entryPage() {
        String household = unique("WD");
        long id = persist(Households.typical(household));
        given().get("/ledger/" + id).then().statusCode(200)
                .body(containsString("台账记录 " + id), containsString(household))
                .body(containsString("校验通过"), containsString("内容哈希:一致"),
                        containsString("链接前一记录:一致"), containsString("重新计算:结果一致"))
                .body(containsString("/ledger/" + id + "/print"), containsString("重新校验"))
                .body(containsString("人民币玖万壹仟贰佰柒拾肆元整"));
    }

    @Test
    @DisplayName("台账列表:按住户、村、日期查询,分页 20 条")
    void ledgerList() {
        String village = unique("分页村");
        String first = unique("WL");
        persist(Households.small(first, village));
        for (int i = 0; i < 20; i++) {
            persist(Households.small(unique("WL"), village));
        }
        given().queryParam("village", village).get("/ledger").then().statusCode(200)
                .body(containsString("共 21 条记录,第 1 / 2 页"))
                .body(containsString("下一页"), not(containsString("上一页")))
                .body(not(containsString(">" + first + "<")));
        given().queryParam("village", village).queryParam("page", "1").get("/ledger").then().statusCode(200)
                .body(containsString("第 2 / 2 页"), containsString(">" + first + "<"), containsString("上一页"));
        given().queryParam("household", first).get("/ledger").then().statusCode(200)
                .body(containsString("共 1 条记录"), containsString("12,000.00"), containsString("王五"));
        given().queryParam("village", village).queryParam("from", "2000-01-01").queryParam("to", "2000-12-31")
                .get("/ledger").then().statusCode(200).body(containsString("共 0 条记录"), containsString("没有符合条件的记录"));
    }

    @Test
    @DisplayName("台账列表:错误的日期给出中文提示而不是错误页")
    void ledgerListBadDate() {
        given().queryParam("from", "2023-13-45").queryParam("page", "x").get("/ledger").then().statusCode(200)
                .body(containsString("起始日期须为 yyyy-MM-dd 格式的日期"));
    }

    @Test
    @DisplayName("不存在的台账记录:404 中文页面")
    void missing() {
        given().get("/ledger/99999999").then().statusCode(404).contentType("text/html;charset=UTF-8")
                .body(containsString("未找到记录"), containsString("99999999"));
        given().get("/ledger/99999999/print").then().statusCode(404).body(containsString("未找到记录"));
        given().get("/ledger/abc").then().statusCode(404).body(containsString("未找到记录"));
        given().get("/ledger/-1/print").then().statusCode(404);
    }

    @Test
    @DisplayName("页面不影响 JSON API 的错误格式")
    void apiStillProblemJson() {
        given().get("/api/v1/ledger/quotes/99999999").then().statusCode(404).contentType("application/problem+json");
    }
}
