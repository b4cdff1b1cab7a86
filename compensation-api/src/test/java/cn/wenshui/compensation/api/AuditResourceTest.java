package cn.wenshui.compensation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@DisplayName("POST /api/v1/audits: 评估报告审核")
class AuditResourceTest {

    @Test
    @DisplayName("一份报告每种错误各一处,逐一查出,并附引擎自己的报价")
    void findsEachMistake() {
        // 附属平房 砖混结构 printed 700-800: 850 is outside.  核桃树 12 cm: 「11cm< 胸径≤15cm」 500, not 240.
        // 砖围墙 50-70 × 10 m² = 500–700: stated 600 at 60 but 60 × 10 = 600 ✓; the 框架结构 line 1200 × 10 = 12000,
        // stated 12500 (arithmetic).  废渠 不予补偿, priced 500.  村庙 goes to negotiation, priced 8000.
        // 砖围墙 listed twice.  三(二) for 31 m²: 6 × 31 × 24 = 4464, stated 4800.  "游泳池" matches no row.
        String report = """
                {"firm": "晋中某评估公司", "reportId": "R-1",
                 "household": {"id": "A-1", "village": "堡子村", "demolishedBuildingAreaM2": 31},
                 "lines": [
                   {"ref": "1", "code": "1-1.annex.brick-concrete", "quantity": 10, "unitPrice": 850, "amount": 8500},
                   {"ref": "2", "category": "果树类", "spec": "核桃树", "quantity": 1,
                    "measurements": {"trunkDiameterCm": 12}, "unitPrice": 240, "amount": 240},
                   {"ref": "3", "code": "1-1.annex.frame", "quantity": 10, "unitPrice": 1200, "amount": 12500},
                   {"ref": "4", "category": "废渠", "quantity": 1, "unitPrice": 500, "amount": 500},
                   {"ref": "5", "category": "村庙", "quantity": 1, "unitPrice": 8000, "amount": 8000},
                   {"ref": "6", "code": "1-1.wall.brick", "quantity": 10, "unitPrice": 60, "amount": 600},
                   {"ref": "7", "code": "1-1.wall.brick", "quantity": 10, "unitPrice": 60, "amount": 600},
                   {"ref": "8", "category": "游泳池", "quantity": 1, "unitPrice": 100, "amount": 100}
                 ],
                 "subsidies": [{"section": "三(二)", "amount": 4800}],
                 "statedTotal": 35840}
                """;
        given().contentType(ContentType.JSON).body(report).post("/api/v1/audits").then().statusCode(200)
                .body("findings.kind", hasItems("price-outside-range", "tier-mismatch", "line-arithmetic",
                        "not-compensated-priced", "pending-priced", "duplicate-line", "subsidy-mismatch",
                        "unmatched-row"))
                .body("findings.find { it.kind == 'tier-mismatch' }.lineRef", is("2"))
                .body("findings.find { it.kind == 'tier-mismatch' }.messageZh", containsString("500"))
                .body("findings[0].messageEn", not(emptyOrNullString()))
                .body("errors", greaterThan(6))
                .body("engineQuote.householdId", is("A-1"));
    }

    @Test
    @DisplayName("无法审核的报告:422 problem+json;未知字段:400")
    void unusableReport() {
        given().contentType(ContentType.JSON).body("{\"firm\": \"x\", \"lines\": []}").post("/api/v1/audits")
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"firm\": \"x\", \"colour\": 1}").post("/api/v1/audits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("colour"));
    }
}
