package cn.wenshui.compensation.api.robust;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.Households;
import cn.wenshui.compensation.api.security.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 item 6: problem bodies named Java classes (java.math.BigDecimal, org.apache.poi…, org.xml.sax…) and a
 * server path, and bad query parameters were 404. Every answer here must be a 4xx problem naming the field, with
 * nothing of the service's insides.
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("答复不泄露内部信息:类名、文件路径不出现在 problem 中;错误的查询参数 400 并指明参数;超长 URL 414")
class InternalsHiddenTest {
    /** A fully qualified Java name (package.Class) of the platform or a library, or of this service. */
    static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|jdk|sun|com|org|io|net|cn)\\.[a-z][a-z0-9_]*(?:\\.[A-Za-z_$][\\w$]*)+");
    /** A file-system path of the server, or a Java source position. */
    static final Pattern FILE_PATH = Pattern.compile(
            "(?:/(?:tmp|home|root|var|usr|opt|work|srv|etc|proc|private)/|file:/|[A-Za-z]:\\\\|\\.java:\\d|\\.(?:jar|class)\\b|uploads?-[0-9a-f]{6,})");

    @TestHTTPResource("/")
    URL base;

    static void noInternals(String body) {
        assertThat(JAVA_NAME.matcher(body).find()).as("a Java class name in %s", body).isFalse();
        assertThat(FILE_PATH.matcher(body).find()).as("a file path in %s", body).isFalse();
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
    }

    static void problem(Response r, int status, String field) {
        r.then().statusCode(status).contentType("application/problem+json");
        noInternals(r.asString());
        if (field != null) {
            assertThat(r.jsonPath().getList("violations.field", String.class)).contains(field);
        }
    }

    private static Response quote(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/quotes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483648", "1e-2147483648", "1E+999999999", "9E9999", "-1E+2147483647",
            "1" + "0000000000000000000000000000000000000000", "1.00000000000000000000000000000000000000001"})
    @DisplayName("数量为极端数值:400 problem,不出现 java.math.BigDecimal 等类名")
    void extremeNumbers(String number) {
        Response r = quote("{\"id\": \"N\", \"items\": [{\"code\": \"1-1.annex.frame\", \"quantity\": " + number + "}]}");
        assertThat(r.statusCode()).isBetween(400, 499);
        r.then().contentType("application/problem+json");
        noInternals(r.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "+1000000000-01-01", "2023-02-30", "2023-13-01",
            "0000-00-00", "2023-06-31", "20230630", "2023/06/30", "2023年6月30日", "", "2023-07-01T00:00:00Z",
            "99999-01-01", "-0001-01-01"})
    @DisplayName("日期为极端或非法值(如 +999999999-12-31):4xx problem,指明字段,不泄露内部信息")
    void extremeDates(String date) {
        String body = Households.typical("D").replace("\"agreementSigned\": \"2023-07-01\"",
                "\"agreementSigned\": \"" + date + "\"");
        Response r = quote(body);
        if (r.statusCode() == 200) {
            return; // a date the schedule can read (e.g. far in the future) is a valid input
        }
        assertThat(r.statusCode()).isBetween(400, 499);
        r.then().contentType("application/problem+json");
        noInternals(r.asString());
        Response persisted = given().contentType(ContentType.JSON).body(body).post("/api/v1/ledger/quotes");
        assertThat(persisted.statusCode()).isBetween(400, 499);
        noInternals(persisted.asString());
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/ledger/quotes?size=abc", "size"),
                Arguments.of("GET", "/api/v1/ledger/quotes?page=abc", "page"),
                Arguments.of("GET", "/api/v1/ledger/quotes?page=99999999999", "page"),
                Arguments.of("GET", "/api/v1/ledger/quotes?size=1e2", "size"),
                Arguments.of("GET", "/api/v1/ledger/quotes?page=-1", "page"),
                Arguments.of("GET", "/api/v1/ledger/quotes?size=1.5", "size"),
                Arguments.of("POST", "/api/v1/ledger/quotes?supersedes=99999999999999999999", "supersedes"),
                Arguments.of("POST", "/api/v1/ledger/quotes?supersedes=abc", "supersedes"),
                Arguments.of("POST", "/api/v1/quotes?persist=true&supersedes=99999999999999999999", "supersedes"),
                Arguments.of("POST", "/api/v1/quotes?persist=true&supersedes=0x10", "supersedes"));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    @DisplayName("错误的查询参数(size=abc、page=99999999999、supersedes=99999999999999999999 …):400 并指明参数,而非 404")
    void badQueryParameters(String method, String uri, String parameter) {
        var req = given().urlEncodingEnabled(false);
        Response r = "GET".equals(method) ? req.get(uri)
                : req.contentType(ContentType.JSON).body(Households.small("Q", "堡子村")).post(uri);
        problem(r, 400, parameter);
    }

    @Test
    @DisplayName("超长 URL:414 problem+json,而非空白答复")
    void overLongUrls() throws Exception {
        for (int length : new int[] {9_000, 20_000, 60_000}) {
            RawHttp.Answer a = RawHttp.send(base, "GET", "/api/v1/ledger/quotes?household=" + "a".repeat(length),
                    null, "Accept: application/json\r\n", null);
            assertThat(a.status()).as("%d characters", length).isEqualTo(414);
            assertThat(a.header("content-type")).startsWith("application/problem+json");
            assertThat(a.body()).contains("\"status\":414");
        }
    }

    static Stream<byte[]> brokenWorkbooks() {
        byte[] zipHeader = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        String contentTypes = "PK\u0003\u0004 [Content_Types].xml <?xml version=\"1.0\"?><Types><Default";
        return Stream.of("not a workbook".getBytes(StandardCharsets.UTF_8), zipHeader,
                contentTypes.getBytes(StandardCharsets.ISO_8859_1), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
                        (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0},
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                        .getBytes(StandardCharsets.UTF_8),
                zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"",
                        "_rels/.rels", "<Relationships"),
                zip("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                                + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                                + "officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
                        "xl/workbook.xml", "<workbook><sheets><sheet name=\"x\" r:id=\"rId1\"", "_rels/.rels",
                        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                + "</Relationships>"),
                corrupted("xl/workbook.xml", "<workbook xmlns=\"x\"><sheets><sheet"),
                corrupted("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>"),
                corrupted("xl/sharedStrings.xml", "<sst><si><t>&undefined;</t></si></sst>"),
                corrupted("[Content_Types].xml", "<Types><Override PartName=\"/xl/workbook.xml\"/></Types>"));
    }

    /** A real workbook (POI) with one part replaced by broken XML. */
    static byte[] corrupted(String part, String xml) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("住户");
            sheet.createRow(0).createCell(0).setCellValue("户号");
            wb.write(out);
            var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()));
            var bytes = new java.io.ByteArrayOutputStream();
            try (var z = new java.util.zip.ZipOutputStream(bytes)) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    z.write(e.getName().equals(part) ? xml.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                    z.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A ZIP of the named entries: the shape of an .xlsx with broken parts. */
    static byte[] zip(String... nameThenText) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 0; i < nameThenText.length; i += 2) {
                z.putNextEntry(new java.util.zip.ZipEntry(nameThenText[i]));
                z.write(nameThenText[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("brokenWorkbooks")
    @DisplayName("损坏的上传文件:4xx problem,不出现 POI/SAX 类名或临时文件路径")
    void brokenUploads(byte[] file) {
        Response page = given().accept("text/html").get("/batch");
        String token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString()).results()
                .findFirst().orElseThrow().group(1);
        Response r = given().cookie("csrf-token", page.getCookie("csrf-token")).accept(ContentType.JSON)
                .multiPart(new MultiPartSpecBuilder(token).controlName("csrf-token").mimeType("text/plain").build())
                .multiPart("file", "损坏.xlsx", file,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post("/batch");
        assertThat(r.statusCode()).isBetween(400, 499);
        r.then().contentType("application/problem+json");
        noInternals(r.asString());
    }

    @Test
    @DisplayName("检测本身可靠:类名与路径的样例被识别")
    void theDetectorsWork() {
        assertThat(JAVA_NAME.matcher("not a java.math.BigDecimal").find()).isTrue();
        assertThat(JAVA_NAME.matcher("org.apache.poi.openxml4j.opc.PackagePart").find()).isTrue();
        assertThat(JAVA_NAME.matcher("org.xml.sax.SAXParseException; lineNumber: 1").find()).isTrue();
        assertThat(FILE_PATH.matcher("/tmp/uploads/file-upload-1234.tmp").find()).isTrue();
        assertThat(JAVA_NAME.matcher("需要 application/json;路径 /api/v1/ledger/quotes").find()).isFalse();
        assertThat(FILE_PATH.matcher("/api/v1/ledger/quotes/12").find()).isFalse();
    }
}
