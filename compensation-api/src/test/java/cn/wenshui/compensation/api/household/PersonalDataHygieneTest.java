package cn.wenshui.compensation.api.household;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 《个人信息保护法》: personal data is neither written to the application log nor echoed in a refusal. */
@QuarkusTest
@DisplayName("个人信息不进应用日志,拒绝答复不回显所提交的个人信息")
class PersonalDataHygieneTest {
    private static final String NAME = "欧阳明远";
    private static final String ID = "141122197506300041";
    private static final String PHONE = "13987654321";

    @Test
    @DisplayName("登记、读取、修改、查询、错误输入:日志中无姓名、身份证号、电话;错误答复不含提交的值")
    void nothingPersonalInLogsOrProblems() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                lines.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters())
                        + " " + (r.getThrown() == null ? "" : String.valueOf(r.getThrown())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Logger.getLogger(PersonalDataHygieneTest.class.getName()).warning("capture-check");
            String code = "HY-" + UUID.randomUUID().toString().substring(0, 8);
            String body = """
                    {"code": "%s", "headName": "%s", "idNumber": "%s", "village": "堡子村", "phone": "%s"}
                    """.formatted(code, NAME, ID, PHONE);
            HouseholdApiTest.create(body).then().statusCode(201);
            HouseholdApiTest.staff().get("/api/v1/households/" + code).then().statusCode(200);
            HouseholdApiTest.staff().queryParam("q", "明远").get("/api/v1/households").then().statusCode(200);
            HouseholdApiTest.staff().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body.replace("堡子村", "西堡子村")).put("/api/v1/households/" + code).then().statusCode(200);
            String badId = "141122197506300042";
            String refusal = HouseholdApiTest.create(body.replace(code, code + "x").replace(ID, badId)).then()
                    .statusCode(422).extract().asString();
            assertThat(refusal).doesNotContain(badId).doesNotContain(NAME);
            String badPhone = HouseholdApiTest.create(body.replace(code, code + "y").replace(PHONE, "1398765432"))
                    .then().statusCode(400).extract().asString();
            assertThat(badPhone).doesNotContain("1398765432");
        } finally {
            root.removeHandler(capture);
        }
        assertThat(lines).as("the handler sees the application's log").anyMatch(l -> l.contains("capture-check"));
        assertThat(String.join("\n", lines)).doesNotContain(NAME).doesNotContain(ID).doesNotContain(PHONE)
                .doesNotContain("141122197506300042");
    }
}
