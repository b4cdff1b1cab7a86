package cn.wenshui.compensation.api.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The 补偿协议 over real household files, ledger entries and events (H2), with real credentials: staff (HTTP Basic,
 * the test profile's first user), an auditor and an appraisal firm (API key).
 *
 * <p>The household priced by hand from the regulation text:
 * 一(一) 附属平房 框架结构 「1200/m²」 × 10 m² = 12,000.00;
 * 二(一) 核桃树 「11cm< 胸径≤15cm」 500 元/株 × 3 = 1,500.00;
 * 三(一) 搬迁补助 建筑面积 31 m² 「>30m² 按 10 元 / m²」 = 310.00;
 * 三(二) 临时安置补助 31 m² 「>30m² 按 6 元 / m² 每月」 × 「24 个月」 = 4,464.00;
 * total 18,274.00 (壹万捌仟贰佰柒拾肆元整). Swaps 一(一): 正房 120 m² 「1:1」 → 120 m²; 宅基地 (300 − 100) m²
 * 「1:0.4」 → 80 m². 三(三): 「30 日内」 5 万元, 「45 日内」 3 万元; paid 2023-07-05 → 2023-08-04 and 2023-08-19.
 */
@QuarkusTest
@DisplayName("补偿协议:生成 .docx、打印页、自定义模板的上传与检查、角色")
class AgreementApiTest {
    static final String STAFF = "admin-test";
    private static String auditor;
    private static String auditorPassword;
    private static String firm;
    private static String firmKey;

    static RequestSpecification staff() {
        return given().auth().preemptive().basic(STAFF, "admin-test-password");
    }

    private static synchronized void setUp() {
        if (firmKey == null) {
            auditor = "agree-auditor-" + UUID.randomUUID().toString().substring(0, 8);
            auditorPassword = "pw-" + auditor + "-0123456789";
            staff().contentType(ContentType.JSON).body("{\"username\": \"" + auditor + "\", \"password\": \""
                    + auditorPassword + "\", \"role\": \"auditor\"}").post("/api/v1/admin/users").then()
                    .statusCode(201);
            firm = "协议评估公司-" + UUID.randomUUID().toString().substring(0, 6);
            firmKey = staff().contentType(ContentType.JSON).body("{\"firm\": \"" + firm + "\"}")
                    .post("/api/v1/admin/api-keys").then().statusCode(201).extract().jsonPath().getString("key");
        }
    }

    static RequestSpecification auditor() {
        setUp();
        return given().auth().preemptive().basic(auditor, auditorPassword);
    }

    static RequestSpecification firm() {
        setUp();
        return given().header("X-Api-Key", firmKey);
    }

    /** A registered household (assigned to the test firm) with its quote recorded; answers its 编号. */
    static String household(String items) {
        setUp();
        String code = "XY-" + UUID.randomUUID().toString().substring(0, 8);
        staff().contentType(ContentType.JSON).body("""
                {"code": "%s", "headName": "王建国", "idNumber": "141122198001011230", "village": "堡子村",
                 "group": "三组", "address": "东街12号", "phone": "13812345678", "bankName": "文水县农村信用社",
                 "bankAccount": "6222021234567890123", "appraisalFirm": "%s"}
                """.formatted(code, firm)).post("/api/v1/households").then().statusCode(201);
        if (items != null) {
            staff().contentType(ContentType.JSON).body("""
                    {"id": "%s", "headOfHousehold": "王建国", "village": "堡子村", "demolishedBuildingAreaM2": 31,
                     "mainHouse": {"measuredAreaM2": 120, "footprintM2": 100, "homesteadCertificateAreaM2": 300},
                     "items": %s}
                    """.formatted(code, items)).post("/api/v1/quotes?persist=true").then().statusCode(201);
        }
        return code;
    }

    static final String PRICED = """
            [{"code": "1-1.annex.frame", "quantity": 10},
             {"code": "2-1.fruit.walnut", "quantity": 3, "measurements": {"trunkDiameterCm": 12}}]""";

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    static byte[] agreement(String code) {
        return staff().get("/api/v1/households/" + code + "/agreement.docx").then().statusCode(200)
                .contentType(containsString("wordprocessingml")).header("Content-Disposition", containsString(".docx"))
                .extract().asByteArray();
    }

    static void event(String code, String json) {
        staff().contentType(ContentType.JSON).body(json).post("/api/v1/households/" + code + "/events").then()
                .log().ifValidationFails().statusCode(201);
    }

    private static void problem(Response r, int status, String rule) {
        r.then().log().ifValidationFails().statusCode(status).contentType("application/problem+json")
                .body("violations.rule", hasItem(rule))
                .body("violations[0].messageZh", not(emptyOrNullString()))
                .body("violations[0].messageEn", not(emptyOrNullString()))
                .body(not(containsString("Exception")));
    }

    @Test
    @DisplayName("协议 .docx:当事人、户的信息、分项小计、合计与大写、面积置换;未签约时奖励期限按天数写明")
    void agreementReadBack() throws Exception {
        String code = household(PRICED);
        String t = text(agreement(code));
        assertThat(t).contains("凤城镇人民政府", "王建国", "141122198001011230", code, "堡子村三组东街12号",
                "13812345678", "文水县农村信用社", "6222021234567890123", "文政发〔2023〕6号");
        assertThat(t).contains("一(一)\t房屋、附属设施\t12,000.00\t壹万贰仟元整",
                "二(一)\t果树类\t1,500.00\t壹仟伍佰元整",
                "三(一)\t拆迁房屋搬迁补助\t310.00\t叁佰壹拾元整",
                "三(二)\t临时安置补助\t4,464.00\t肆仟肆佰陆拾肆元整",
                "合计\t\t18,274.00\t壹万捌仟贰佰柒拾肆元整",
                "补偿款合计人民币(大写)壹万捌仟贰佰柒拾肆元整(小写 ¥18,274.00 元)");
        assertThat(t).contains("正房", "120 m²\t1:1\t120 m²", "宅基地", "200 m²\t1:0.4\t80 m²");
        assertThat(t).contains("在规定时间内(30 日内)主动搬迁的可另外享受 5 万元的奖励",
                "于起算日后第30日(含当日)前搬迁交房的,奖励 50,000.00 元",
                "于起算日后第45日(含当日)前搬迁交房的,奖励 30,000.00 元");
        assertThat(t).doesNotContain("${");
        staff().get("/api/v1/households/" + code + "/access-log").then().statusCode(200)
                .body("items.purpose", hasItem(AgreementService.DOCX));
    }

    @Test
    @DisplayName("签约、付款事件之后:签约日期与两个奖励期限的日期(付款 2023-07-05 → 8月4日、8月19日)")
    void datesFromEvents() throws Exception {
        String code = household(PRICED);
        event(code, "{\"kind\": \"APPRAISAL_RECEIVED\", \"date\": \"2023-06-10\"}");
        event(code, "{\"kind\": \"PUBLISHED\", \"date\": \"2023-06-12\"}");
        event(code, "{\"kind\": \"PUBLISHED\", \"date\": \"2023-06-20\"}");
        event(code, "{\"kind\": \"SIGNED\", \"date\": \"2023-07-01\"}");
        event(code, "{\"kind\": \"PAYMENT\", \"date\": \"2023-07-05\", \"amount\": 18274, \"final\": true}");
        String t = text(agreement(code));
        assertThat(t).contains("签约日期:2023年7月1日", "奖励期限自2023年7月5日起算",
                "于2023年8月4日(含当日)前搬迁交房的,奖励 50,000.00 元(30日内)",
                "于2023年8月19日(含当日)前搬迁交房的,奖励 30,000.00 元(45日内)", "18,274.00");
    }

    @Test
    @DisplayName("打印页:同一份协议的 HTML,转义、记入访问记录")
    void printPage() {
        String code = household(PRICED);
        String html = staff().get("/households/" + code + "/agreement").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("id=\"agreement\"", "堡子片区开发建设征地拆迁补偿协议", "王建国", "141122198001011230",
                "18,274.00", "壹万捌仟贰佰柒拾肆元整", "房屋、附属设施", "/api/v1/households/" + code + "/agreement.docx");
        staff().get("/api/v1/households/" + code + "/access-log").then().statusCode(200)
                .body("items.purpose", hasItem(AgreementService.PAGE));
    }

    @Test
    @DisplayName("只有工作人员:审计 403,评估机构(即便是本户的)404,匿名 401;都不记访问")
    void roles() {
        String code = household(PRICED);
        problem(auditor().get("/api/v1/households/" + code + "/agreement.docx"), 403, "staff-only");
        problem(firm().get("/api/v1/households/" + code + "/agreement.docx"), 404, "not-found");
        given().get("/api/v1/households/" + code + "/agreement.docx").then().statusCode(401)
                .contentType("application/problem+json");
        auditor().get("/households/" + code + "/agreement").then().statusCode(403)
                .body(not(containsString("141122198001011230")));
        auditor().get("/api/v1/agreement/template").then().statusCode(403);
        firm().get("/api/v1/agreement/template").then().statusCode(403);
        auditor().contentType(ContentType.JSON).body("{\"docx\": \"AA==\"}").put("/api/v1/agreement/template").then()
                .statusCode(403);
        staff().get("/api/v1/households/" + code + "/access-log").then().statusCode(200)
                .body("items.purpose", not(hasItem(AgreementService.DOCX)));
    }

    @Test
    @DisplayName("不能生成:编号不存在 404;无台账记录 422;合计仍为区间 422(均为 problem+json)")
    void refusals() {
        problem(staff().get("/api/v1/households/NO-SUCH-XY/agreement.docx"), 404, "not-found");
        problem(staff().get("/api/v1/households/" + household(null) + "/agreement.docx"), 422, "no-current-entry");
        // 附属平房 砖混结构 「700-800 元 /m²」 without an appraised price: 35,000 – 40,000
        String range = household("[{\"code\": \"1-1.annex.brick-concrete\", \"quantity\": 50}]");
        problem(staff().get("/api/v1/households/" + range + "/agreement.docx"), 422, "total-not-exact");
        staff().get("/households/" + range + "/agreement").then().statusCode(422)
                .body(containsString("区间"));
    }

    // ---- templates -------------------------------------------------------------------------------------------

    static byte[] docx(String... paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static Response upload(byte[] body) {
        return staff().contentType(ContentType.JSON).body("{\"docx\": \"" + java.util.Base64.getEncoder()
                .encodeToString(body) + "\"}").put("/api/v1/agreement/template");
    }

    @Test
    @DisplayName("自定义模板含未知占位符:422,逐个点名 ${乡镇}、${奖金};模板不变")
    void unknownPlaceholdersNamed() throws Exception {
        Response r = upload(docx("${户主} ${编号} ${合计} ${合计大写}", "乡镇:${乡镇},奖金:${奖金}"));
        problem(r, 422, "unknown-placeholder");
        r.then().body("violations.messageZh", hasItems(containsString("${乡镇}"), containsString("${奖金}")))
                .body("detail", containsString("${乡镇}"));
        staff().get("/api/v1/agreement/template").then().statusCode(200).header("X-Template-Default", "true");
    }

    @Test
    @DisplayName("自定义模板(占位符跨 run)上传后用于生成,下载得到同一文件;恢复默认")
    void customTemplateUsedThenReverted() throws Exception {
        byte[] custom;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            for (String run : new String[] {"自定协议 乙方:", "${户", "主}", ",编号 ${编号},合计 ${合", "计", "}元,大写 $",
                    "{合计大写}"}) {
                XWPFRun r = p.createRun();
                r.setText(run);
                r.setBold(run.startsWith("${"));
            }
            doc.write(out);
            custom = out.toByteArray();
        }
        try {
            upload(custom).then().log().ifValidationFails().statusCode(200).body("isDefault", is(false))
                    .body("placeholders", hasItems("户主", "编号", "合计", "合计大写"));
            byte[] back = staff().get("/api/v1/agreement/template").then().statusCode(200)
                    .header("X-Template-Default", "false").extract().asByteArray();
            assertThat(back).isEqualTo(custom);
            String code = household(PRICED);
            assertThat(text(agreement(code)).strip())
                    .isEqualTo("自定协议 乙方:王建国,编号 " + code + ",合计 18,274.00元,大写 壹万捌仟贰佰柒拾肆元整");
        } finally {
            staff().delete("/api/v1/agreement/template").then().statusCode(200).body("isDefault", is(true));
        }
        staff().get("/api/v1/agreement/template").then().statusCode(200).header("X-Template-Default", "true");
    }

    @Test
    @DisplayName("拒收:非 .docx、启用宏(.docm/vbaProject)、外部链接、缺必需占位符、空文件;均为 4xx problem+json")
    void refusedTemplates() throws Exception {
        problem(upload("not a word file".getBytes()), 422, "not-docx");
        problem(staff().contentType(ContentType.JSON).body("{}").put("/api/v1/agreement/template"), 400, "required");
        problem(staff().contentType(ContentType.JSON).body("{\"docx\": \"%%%\"}").put("/api/v1/agreement/template"),
                400, "base64");
        problem(upload(new byte[0]), 400, "required");
        byte[] good = docx("${户主} ${编号} ${合计} ${合计大写}");
        problem(upload(docx("${户主} 只有户主")), 422, "placeholder-missing");
        byte[] docm = rezip(good, "[Content_Types].xml", s -> s.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml"), "word/vbaProject.bin");
        problem(upload(docm), 422, "macro");
        byte[] linked = rezip(good, "word/_rels/document.xml.rels", s -> s.replace("</Relationships>",
                "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/image\" Target=\"http://example.org/x.png\" TargetMode=\"External\"/>"
                        + "</Relationships>"), null);
        problem(upload(linked), 422, "external-link");
        byte[] dde = rezip(good, "word/document.xml", s -> s.replace("</w:body>",
                "<w:p><w:r><w:instrText> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\"</w:instrText></w:r></w:p>"
                        + "</w:body>"), null);
        problem(upload(dde), 422, "active-field");
        staff().get("/api/v1/agreement/template").then().statusCode(200).header("X-Template-Default", "true");
    }

    @Test
    @DisplayName("占位符清单:每个名称及其含义,必需者标明")
    void placeholderList() {
        staff().get("/api/v1/agreement/placeholders").then().statusCode(200)
                .body("name", hasItems("户主", "身份证号", "合计大写", "第一期限", "第二期限", "章节小计"))
                .body("find { it.name == '合计' }.required", is(true));
    }

    /** The package with one part's text changed and, optionally, one empty part added. */
    static byte[] rezip(byte[] docx, String part, java.util.function.UnaryOperator<String> change, String add)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    content = change.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            if (add != null) {
                zip.putNextEntry(new ZipEntry(add));
                zip.write(new byte[] {0});
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
