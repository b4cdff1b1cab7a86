package cn.wenshui.compensation.api.security;

import static org.hamcrest.Matchers.*;

import cn.wenshui.compensation.api.Households;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every endpoint against every role, with real credentials: anonymous, an appraisal firm's API key, an auditor and
 * a staff user by HTTP Basic. Each denial is a problem+json in Chinese and English (or, for a web page without
 * credentials, a redirect to /login).
 */
@QuarkusTest
@DisplayName("访问矩阵:每个端点 × 每个角色(匿名、评估机构、审计、工作人员)")
class AccessMatrixTest {
    private static String appraiserKey;
    private static String auditorPassword;
    private static final String AUDITOR = Auth.unique("auditor");
    private static long staffEntry;

    private static synchronized void setUp() {
        if (appraiserKey == null) {
            appraiserKey = Auth.issueKey(Auth.unique("矩阵评估公司"));
            auditorPassword = Auth.createUser(AUDITOR, "auditor");
            staffEntry = Auth.admin().contentType(ContentType.JSON).body(Households.small(Auth.unique("M"), "堡子村"))
                    .post("/api/v1/ledger/quotes").then().statusCode(201).extract().jsonPath().getLong("id");
        }
    }

    private static RequestSpecification as(String role) {
        setUp();
        return switch (role) {
            case "anonymous" -> Auth.anonymous();
            case "appraiser" -> Auth.key(appraiserKey);
            case "auditor" -> Auth.basic(AUDITOR, auditorPassword);
            case "staff" -> Auth.admin();
            default -> throw new IllegalArgumentException(role);
        };
    }

    @ParameterizedTest(name = "{0} {1}: 匿名 {2} · 评估机构 {3} · 审计 {4} · 工作人员 {5}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /api/v1/schedules                                      | 200 | 200 | 200 | 200
            GET    | /api/v1/schedules/wenzhengfa-2023-6/items/1-1.annex.frame | 200 | 200 | 200 | 200
            GET    | /api/v1/schedules/wenzhengfa-2023-6/interpretations    | 200 | 200 | 200 | 200
            GET    | /q/health                                              | 200 | 200 | 200 | 200
            GET    | /q/openapi                                             | 200 | 200 | 200 | 200
            GET    | /q/swagger-ui/                                         | 200 | 200 | 200 | 200
            GET    | /login                                                 | 200 | 200 | 200 | 200
            POST   | /api/v1/quotes                                         | 401 | 200 | 200 | 200
            POST   | /api/v1/quotes?persist=true                            | 401 | 201 | 403 | 201
            POST   | /api/v1/ledger/quotes                                  | 401 | 201 | 403 | 201
            GET    | /api/v1/ledger/quotes                                  | 401 | 200 | 200 | 200
            GET    | /api/v1/ledger/quotes/{entry}                          | 401 | 404 | 200 | 200
            POST   | /api/v1/ledger/quotes/{entry}/verify                   | 401 | 404 | 200 | 200
            GET    | /api/v1/ledger/verify                                  | 401 | 403 | 200 | 200
            DELETE | /api/v1/ledger/quotes/{entry}                          | 401 | 403 | 403 | 405
            POST   | /api/v1/audits                                         | 401 | 200 | 200 | 200
            GET    | /api/v1/admin/api-keys                                 | 401 | 403 | 403 | 200
            POST   | /api/v1/admin/api-keys                                 | 401 | 403 | 403 | 201
            GET    | /api/v1/admin/users                                    | 401 | 403 | 403 | 200
            POST   | /api/v1/admin/users                                    | 401 | 403 | 403 | 201
            GET    | /q/metrics                                             | 401 | 403 | 200 | 200
            GET    | /                                                      | 302 | 403 | 200 | 200
            GET    | /ledger                                                | 302 | 403 | 200 | 200
            GET    | /batch                                                 | 302 | 403 | 403 | 200
            GET    | /batch/template.xlsx                                   | 302 | 403 | 403 | 200
            POST   | /api/v1/schedules                                      | 401 | 403 | 403 | 405
            GET    | /api/v1/households                                     | 401 | 200 | 200 | 200
            POST   | /api/v1/households                                     | 401 | 403 | 403 | 201
            GET    | /households                                            | 302 | 403 | 200 | 200
            GET    | /households/new                                        | 302 | 403 | 403 | 200
            GET    | /api/v1/publication?village=x                          | 401 | 403 | 200 | 200
            GET    | /api/v1/publication/export?village=x                   | 401 | 403 | 200 | 200
            GET    | /publication                                           | 302 | 403 | 200 | 200
            GET    | /print?village=x                                       | 302 | 403 | 200 | 200
            """)
    void matrix(String method, String path, int anonymous, int appraiser, int auditor, int staff) {
        check("anonymous", method, path, anonymous);
        check("appraiser", method, path, appraiser);
        check("auditor", method, path, auditor);
        check("staff", method, path, staff);
    }

    private static void check(String role, String method, String template, int expected) {
        Supplier<RequestSpecification> spec = () -> as(role).redirects().follow(false);
        String path = template.replace("{entry}", Long.toString(staffEntry));
        RequestSpecification req = spec.get().contentType(ContentType.JSON).body(body(path));
        Response r = switch (method) {
            case "GET" -> spec.get().get(path);
            case "DELETE" -> spec.get().delete(path);
            default -> req.post(path);
        };
        r.then().log().ifValidationFails().statusCode(expected);
        if (expected == 401 || expected == 403) {
            r.then().contentType("application/problem+json").body("status", is(expected))
                    .body("violations[0].messageZh", not(emptyOrNullString()))
                    .body("violations[0].messageEn", not(emptyOrNullString()))
                    .body(not(containsString("Exception")));
        }
        if (expected == 401) {
            r.then().header("WWW-Authenticate", startsWith("Basic"));
        }
        if (expected == 302) {
            r.then().header("Location", endsWith("/login"));
        }
    }

    private static String body(String path) {
        if (path.startsWith("/api/v1/audits")) {
            return """
                    {"reportId": "R-M", "household": {"id": "A-M"},
                     "lines": [{"ref": "1", "code": "1-1.annex.frame", "quantity": 10, "unitPrice": 1200, "amount": 12000}],
                     "statedTotal": 12000}""";
        }
        if (path.startsWith("/api/v1/admin/api-keys")) {
            return "{\"firm\": \"" + Auth.unique("矩阵新公司") + "\"}";
        }
        if (path.startsWith("/api/v1/admin/users")) {
            return "{\"username\": \"" + Auth.unique("u") + "\", \"password\": \"long-enough-password\", \"role\": \"auditor\"}";
        }
        if (path.contains("/verify")) {
            return "";
        }
        if (path.startsWith("/api/v1/households")) {
            return "{\"code\": \"" + Auth.unique("M") + "\", \"headName\": \"张三\", \"village\": \"堡子村\"}";
        }
        return Households.small(Auth.unique("M"), "堡子村");
    }
}
