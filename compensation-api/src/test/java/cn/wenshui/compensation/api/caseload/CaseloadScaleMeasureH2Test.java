package cn.wenshui.compensation.api.caseload;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@QuarkusTest
@EnabledIfSystemProperty(named = "caseload.scale", matches = "\\d+")
class CaseloadScaleMeasureH2Test extends CaseloadScaleMeasureTest {
}
