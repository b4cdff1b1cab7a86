package cn.wenshui.compensation.api.batch;

import static cn.wenshui.compensation.api.batch.Sheets.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The round trip staff make: download the template, fill it (here with POI), upload it, read the errors, download the
 * results workbook, open the 片区 summary. Every expected amount is worked by hand from the regulation text.
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("批量导入往返:模板 → 填写 → 上传 → 错误 → 结果工作簿 → 片区汇总")
class BatchRoundTripTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static byte[] template() {
        return given().get("/batch/template.xlsx").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
    }

    /**
     * Four households and one stray line:
     * <pre>
     * {p}101 张三 堡子村, 建筑面积 31 m², signed 2023-07-01, paid 2023-07-05, moved 2023-08-04 (day 30), 羊圈 25 m²
     *   附属平房 框架结构 10 m² × 1200                          = 12,000.00
     *   附属平房 砖混结构 50 m² × 700-800                        = 35,000.00 – 40,000.00
     *   核桃树 胸径 12 cm「11cm< 胸径≤15cm」500 元/株 × 3         =  1,500.00
     *   菜窖 砖石 深 1.8 m「≤1.5 米 -2 米」170 元/m² × 6          =  1,020.00
     *   一(三) 羊圈 25 m²: 搬迁补助 ≤30m² 300-400; 临时安置 <30m² 300 × 3 = 300.00 – 400.00; 900.00
     *   三(一) 31 × 10 = 310.00; 三(二) 31 × 6 × 24 = 4,464.00; 三(三) day 30 = 50,000.00
     *   total 105,494.00 – 110,594.00
     * {p}102 a good line and a line of quantity −5 (清单 row 7)      → skipped
     * {p}103 an unknown code (清单 row 8)                            → skipped
     * {p}104 李四 东村: 附属平房 框架结构 10 m² × 1200 = 12,000.00
     * 清单 row 11 names household {p}999, which is not in 住户        → reported, nothing skipped
     * 片区: 2 quoted, 2 skipped; 117,494.00 – 122,594.00
     * </pre>
     */
    static byte[] filled(String p, String village) {
        XSSFWorkbook wb = Sheets.open(template());
        Sheet h = wb.getSheet("住户");
        put(h, 2, "住户编号", p + "101");
        put(h, 2, "户主", "张三");
        put(h, 2, "村", village);
        put(h, 2, "唯一住房(是/否)", "否");
        put(h, 2, "被拆迁房屋建筑面积m²", 31);
        put(h, 2, "正房实测面积m²", 120);
        put(h, 2, "正房占地面积m²", 100);
        put(h, 2, "宅基地证面积m²", 300);
        put(h, 2, "签订协议日期", LocalDate.of(2023, 7, 1));
        put(h, 2, "支付补偿款日期", "2023-07-05");
        put(h, 2, "搬迁日期", LocalDate.of(2023, 8, 4));
        put(h, 3, "住户编号", p + "102");
        put(h, 3, "村", village);
        put(h, 4, "住户编号", p + "103");
        put(h, 4, "村", village);
        put(h, 5, "住户编号", p + "104");
        put(h, 5, "户主", "李四");
        put(h, 5, "村", village);

        Sheet items = wb.getSheet("清单");
        Object[][] rows = {
                {2, p + "101", "1-1.annex.frame", 10, null, null},
                {3, p + "101", "1-1.annex.brick-concrete", 50, null, null},
                {4, p + "101", "2-1.fruit.walnut", 3, "胸径cm", 12},
                {5, p + "101", "1-1.cellar.brick-stone", 6, "深度m", 1.8},
                {6, p + "102", "1-1.annex.frame", 10, null, null},
                {7, p + "102", "1-1.annex.frame", -5, null, null},
                {8, p + "103", "9-9.no-such-row", 1, null, null},
                // row 9 left empty
                {10, p + "104", "1-1.annex.frame", 10, null, null},
                {11, p + "999", "1-1.annex.frame", 1, null, null},
        };
        for (Object[] r : rows) {
            int row = (Integer) r[0];
            put(items, row, "住户编号", r[1]);
            put(items, row, "项目编码", r[2]);
            put(items, row, "数量", r[3]);
            if (r[4] != null) {
                put(items, row, (String) r[4], r[5]);
            }
        }
        Sheet premises = wb.getSheet("养殖场所");
        put(premises, 2, "住户编号", p + "101");
        put(premises, 2, "编号", "羊圈");
        put(premises, 2, "名称", "羊圈");
        put(premises, 2, "面积m²", 25);
        return Sheets.bytes(wb);
    }

    /**
     * A form post needs the CSRF token that the upload page sets as a cookie and a hidden field
     * (quarkus-rest-csrf), as a browser sends them.
     */
    static io.restassured.specification.RequestSpecification withCsrf() {
        Response page = given().accept("text/html").get("/batch");
        String token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page.asString()).results().findFirst().orElseThrow().group(1);
        return given().cookie("csrf-token", page.getCookie("csrf-token"))
                .multiPart(new MultiPartSpecBuilder(token).controlName("csrf-token").mimeType("text/plain").build());
    }

    static Response upload(byte[] workbook, Map<String, String> fields) {
        var req = withCsrf().multiPart("file", "凤城镇第一批.xlsx", workbook, XLSX);
        for (var f : fields.entrySet()) {
            // as a browser sends a form field: UTF-8 text
            req = req.multiPart(new MultiPartSpecBuilder(f.getValue()).controlName(f.getKey()).charset("UTF-8")
                    .mimeType("text/plain").build());
        }
        return req.post("/batch");
    }

    static String unique() {
        return "XL" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    @Test
    @DisplayName("模板:说明、住户、清单、养殖场所与隐藏的标准;表头冻结,项目编码有下拉列表,种类规格由公式显示")
    void templateWorkbook() {
        try (XSSFWorkbook wb = Sheets.open(template())) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                    wb.getSheetName(4))).containsExactly("说明", "住户", "清单", "养殖场所", "标准");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("标准"))).isTrue();
            XSSFSheet h = wb.getSheet("住户");
            assertThat(List.of("住户编号", "户主", "村", "唯一住房(是/否)", "困难延期经批准(是/否)", "被拆迁房屋建筑面积m²",
                    "正房实测面积m²", "正房占地面积m²", "宅基地证面积m²", "签订协议日期", "支付补偿款日期", "搬迁日期"))
                    .allSatisfy(c -> assertThat(Sheets.col(h, c)).isGreaterThanOrEqualTo(0));
            assertThat(h.getPaneInformation().isFreezePane()).isTrue();
            XSSFSheet items = wb.getSheet("清单");
            assertThat(Sheets.col(items, "数量")).isEqualTo(5); // F
            for (String c : List.of("深度m", "胸径cm", "跨径m", "跨径cm", "宽度m", "管径cm", "管径m", "采暖面积m²",
                    "出地高度m", "柱头高m", "生长阶段", "评估单价", "评估依据", "连接项目编码", "连接房屋评估单价",
                    "有装潢(是/否)", "装潢加价%")) {
                assertThat(Sheets.col(items, c)).isGreaterThan(0);
            }
            int codeCol = Sheets.col(items, "项目编码");
            DataValidation codeList = items.getDataValidations().stream().filter(v -> covers(v.getRegions(), codeCol))
                    .findFirst().orElseThrow();
            assertThat(codeList.getValidationConstraint().getFormula1()).startsWith("'标准'!$A$2:$A$");
            assertThat(items.getRow(1).getCell(Sheets.col(items, "种类")).getCellFormula()).contains("VLOOKUP");
            // the lookup formulas, evaluated as a spreadsheet would: a code shows its words, unit and needed inputs
            put(items, 2, "项目编码", "1-1.cellar.brick-stone");
            put(items, 3, "项目编码", "9-9.no-such-row");
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(ev.evaluate(items.getRow(1).getCell(Sheets.col(items, "种类"))).getStringValue())
                    .isEqualTo("菜窖");
            assertThat(ev.evaluate(items.getRow(1).getCell(Sheets.col(items, "规格"))).getStringValue())
                    .isEqualTo("砖石");
            assertThat(ev.evaluate(items.getRow(1).getCell(Sheets.col(items, "单位"))).getStringValue())
                    .isEqualTo("m²");
            assertThat(ev.evaluate(items.getRow(1).getCell(Sheets.col(items, "需填写"))).getStringValue())
                    .isEqualTo("深度m");
            assertThat(ev.evaluate(items.getRow(2).getCell(Sheets.col(items, "种类"))).getStringValue())
                    .isEqualTo("未知编码");
            assertThat(ev.evaluate(items.getRow(3).getCell(Sheets.col(items, "种类"))).getStringValue()).isEmpty();
            XSSFSheet table = wb.getSheet("标准");
            int frame = Sheets.findRow(table, "项目编码", "1-1.annex.frame");
            assertThat(Sheets.text(table, frame, "种类")).isEqualTo("附属平房");
            assertThat(Sheets.text(table, frame, "规格")).isEqualTo("框架结构");
            assertThat(Sheets.text(table, frame, "印刷标准")).isEqualTo("1200/m ²");
            // the computed rows (subsidies, incentive) are listed after the inventory rows, outside the list
            int incentive = Sheets.findRow(table, "项目编码", "3-3.incentive");
            String range = codeList.getValidationConstraint().getFormula1();
            int lastListed = Integer.parseInt(range.substring(range.lastIndexOf('$') + 1));
            assertThat(frame).isLessThanOrEqualTo(lastListed);
            assertThat(incentive).isGreaterThan(lastListed);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean covers(CellRangeAddressList regions, int col) {
        for (var r : regions.getCellRangeAddresses()) {
            if (r.getFirstColumn() <= col && r.getLastColumn() >= col) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("上传:坏行所在住户跳过并指出工作表、行、列;其余住户报价;结果工作簿与片区汇总的数字与标准一致")
    void roundTrip() {
        String p = unique();
        String village = "往返村" + p;
        JsonPath json = upload(filled(p, village), Map.of()).then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString("/batch/"))
                .body("totals.households", is(4))
                .body("totals.quotedHouseholds", is(2))
                .body("totals.skippedHouseholds", is(2))
                .body("households.id", is(List.of(p + "101", p + "104")))
                .body("skipped.id", is(List.of(p + "102", p + "103")))
                .extract().jsonPath();
        String id = json.getString("batchId");
        assertThat(new BigDecimal(json.getString("totals.totalMin"))).isEqualByComparingTo("117494.00");
        assertThat(new BigDecimal(json.getString("totals.totalMax"))).isEqualByComparingTo("122594.00");
        assertThat(new BigDecimal(json.getString("households[0].totalMin"))).isEqualByComparingTo("105494.00");
        assertThat(new BigDecimal(json.getString("households[0].totalMax"))).isEqualByComparingTo("110594.00");
        assertThat(new BigDecimal(json.getString("households[1].totalMin"))).isEqualByComparingTo("12000.00");

        List<Map<String, Object>> errors = json.getList("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e).containsEntry("sheet", "清单").containsEntry("row", 7).containsEntry("column", "F")
                    .containsEntry("header", "数量").containsEntry("householdId", p + "102")
                    .containsEntry("rule", "must-be-positive").containsEntry("location", "清单!F7")
                    .containsEntry("level", "ERROR");
            assertThat((String) e.get("messageZh")).contains("数量");
            assertThat((String) e.get("messageEn")).contains("greater than 0");
        });
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("sheet", "清单").containsEntry("row", 8)
                .containsEntry("column", "C").containsEntry("header", "项目编码").containsEntry("rule", "unknown-code"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("sheet", "清单").containsEntry("row", 11)
                .containsEntry("column", "A").containsEntry("rule", "unknown-household"));
        assertThat(errors).hasSize(3);

        // the results workbook
        byte[] results = given().get("/batch/" + id + "/results.xlsx").then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (XSSFWorkbook wb = Sheets.open(results)) {
            XSSFSheet sum = wb.getSheet("住户汇总");
            int a = Sheets.findRow(sum, "住户编号", p + "101");
            assertThat(Sheets.text(sum, a, "户主")).isEqualTo("张三");
            assertThat(Sheets.decimal(sum, a, "合计最低")).isEqualByComparingTo("105494.00");
            assertThat(Sheets.decimal(sum, a, "合计最高")).isEqualByComparingTo("110594.00");
            assertThat(Sheets.decimal(sum, a, "一(一)房屋、附属设施 最低")).isEqualByComparingTo("48020.00");
            assertThat(Sheets.decimal(sum, a, "一(一)房屋、附属设施 最高")).isEqualByComparingTo("53020.00");
            assertThat(Sheets.decimal(sum, a, "三(三)主动搬迁奖励 最低")).isEqualByComparingTo("50000.00");
            assertThat(Sheets.decimal(sum, a, "奖励")).isEqualByComparingTo("50000.00");
            assertThat(Sheets.decimal(sum, a, "正房置换m²")).isEqualByComparingTo("120.00");
            // 宅基地 (300 − 100) × 0.4 = 80 m²
            assertThat(Sheets.decimal(sum, a, "宅基地置换m²")).isEqualByComparingTo("80.00");
            assertThat(sum.getRow(a - 1).getCell(Sheets.col(sum, "合计最低")).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00");
            int d = Sheets.findRow(sum, "住户编号", p + "104");
            assertThat(Sheets.decimal(sum, d, "合计最高")).isEqualByComparingTo("12000.00");

            XSSFSheet lines = wb.getSheet("明细");
            int frame = -1;
            for (int r = 2; r <= lines.getLastRowNum() + 1; r++) {
                if ((p + "101").equals(Sheets.text(lines, r, "住户编号"))
                        && "框架结构".equals(Sheets.text(lines, r, "规格"))) {
                    frame = r;
                }
            }
            assertThat(frame).isPositive();
            assertThat(Sheets.text(lines, frame, "种类")).isEqualTo("附属平房");
            assertThat(Sheets.text(lines, frame, "条款")).isEqualTo("一(一)");
            assertThat(Sheets.decimal(lines, frame, "数量")).isEqualByComparingTo("10");
            assertThat(Sheets.decimal(lines, frame, "单价最低")).isEqualByComparingTo("1200");
            assertThat(Sheets.decimal(lines, frame, "金额最低")).isEqualByComparingTo("12000.00");
            assertThat(Sheets.decimal(lines, frame, "金额最高")).isEqualByComparingTo("12000.00");

            XSSFSheet errs = wb.getSheet("错误");
            int bad = Sheets.findRow(errs, "位置", "清单!F7");
            assertThat(Sheets.text(errs, bad, "表头")).isEqualTo("数量");
            assertThat(Sheets.text(errs, bad, "规则")).isEqualTo("must-be-positive");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        // the 片区 summary page: the total budget and the charts drawn as inline SVG
        String html = given().accept("text/html").queryParam("batch", id).get("/batch/summary").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("117,494.00 – 122,594.00");
        assertThat(html).contains("<svg").contains("class=\"chart histogram\"").contains("class=\"chart sections\"");
        assertThat(html).contains("一(一)").contains("60,020.00").contains("65,020.00");
        assertThat(html).doesNotContain("<script src=\"http");
    }

    @Test
    @DisplayName("浏览器上传:303 转到结果页,错误表列出位置;片区汇总默认显示最新批次")
    void browserFlow() {
        String p = unique();
        String location = upload(filled(p, "浏览器村"), Map.of()).then().statusCode(201).extract().header("Location");
        String page = withCsrf().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .multiPart("file", "b.xlsx", filled(p + "b", "浏览器村"), XLSX).redirects().follow(false)
                .post("/batch").then().statusCode(303).header("Location", containsString("/batch/"))
                .extract().header("Location");
        assertThat(page).isNotEqualTo(location);
        String html = given().accept("text/html").get(page).then().statusCode(200).extract().asString();
        assertThat(html).contains("清单!F7").contains("id=\"batch-errors\"").contains("下载结果工作簿");
        // the latest batch is the default of the summary page
        String summary = given().accept("text/html").get("/batch/summary").then().statusCode(200).extract().asString();
        assertThat(summary).contains(page.substring(page.lastIndexOf('/') + 1)).contains("<svg");
        given().accept("text/html").get("/batch").then().statusCode(200).body(containsString("/batch/template.xlsx"))
                .body(containsString("enctype=\"multipart/form-data\""));
    }

    @Test
    @DisplayName("保存到台账:每户一条记录;同一工作簿再次上传不重复记录")
    void persistToLedger() {
        String p = unique();
        String village = "台账村" + p;
        JsonPath first = upload(filled(p, village), Map.of("persist", "on", "operator", "王五")).then()
                .statusCode(201).body("households[0].ledgerEntryId", notNullValue()).extract().jsonPath();
        long entry = first.getLong("households[0].ledgerEntryId");
        given().get("/api/v1/ledger/quotes/" + entry).then().statusCode(200)
                .body("householdId", is(p + "101")).body("createdBy", is("staff-test")).body("operator", is("王五"))
                .body("totalMin", is(105494.00f)).body("totalMax", is(110594.00f));
        JsonPath again = upload(filled(p, village), Map.of("persist", "on")).then().statusCode(201).extract()
                .jsonPath();
        assertThat(again.getLong("households[0].ledgerEntryId")).isEqualTo(entry);
        given().queryParam("village", village).get("/api/v1/ledger/quotes").then().statusCode(200)
                .body("total", is(2));
        given().contentType("application/json").post("/api/v1/ledger/quotes/" + entry + "/verify").then().statusCode(200).body("valid", is(true));
    }

    @Test
    @DisplayName("不是 .xlsx、未选文件、不存在的批次:4xx problem+json(中英文)")
    void refusals() {
        withCsrf().multiPart("file", "x.xlsx", "不是工作簿".getBytes(), XLSX).post("/batch").then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].rule", is("not-xlsx"))
                .body("violations[0].messageZh", containsString(".xlsx"));
        withCsrf().multiPart("operator", "王五").post("/batch").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].rule", is("file-required"));
        upload(filled(unique(), "控制字符村"), Map.of("persist", "on", "operator", "王五\r\n伪造的一行")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("operator")).body("violations[0].rule", is("control-character"));
        given().get("/batch/0000/results.xlsx").then().statusCode(404).contentType("application/problem+json");
        given().get("/batch/0000").then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html").get("/batch/summary?batch=nope").then().statusCode(404)
                .body(containsString("没有编号为「nope」的批次"));
        withCsrf().accept("text/html").multiPart("file", "x.xls", "不是工作簿".getBytes(), "application/vnd.ms-excel")
                .post("/batch").then().statusCode(422).contentType(startsWith("text/html"))
                .body(containsString("不是 Excel 工作簿"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/batch/template.xlsx"));
        given().get("/batch/summary").then().statusCode(200); // no Accept: still the page
    }

    @Test
    @DisplayName("损坏的工作簿(截断、字节被改):422 或照常导入,从无 5xx")
    void damagedWorkbooksNever5xx() {
        byte[] good = filled(unique(), "损坏村");
        java.util.Random random = new java.util.Random(20231);
        for (int i = 0; i < 24; i++) {
            byte[] bad = java.util.Arrays.copyOf(good, i % 3 == 0 ? random.nextInt(good.length) : good.length);
            if (i % 3 != 0) {
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            int status = withCsrf().multiPart("file", "bad.xlsx", bad, XLSX).post("/batch").then().extract()
                    .statusCode();
            assertThat(status).as("damaged workbook %d", i).isIn(201, 422);
        }
    }

    @Test
    @DisplayName("片区汇总页在没有批次参数时可用")
    void summaryWithoutBatchParam() {
        given().accept("text/html").get("/batch/summary").then().statusCode(200)
                .body(containsString("片区汇总"));
    }
}
