package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.api.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@EnabledIfSystemProperty(named = "caseload.scale", matches = "\\d+")
@TestProfile(PostgresProfile.class)
class CaseloadScaleMeasurePostgresTest extends CaseloadScaleMeasureTest {
}
