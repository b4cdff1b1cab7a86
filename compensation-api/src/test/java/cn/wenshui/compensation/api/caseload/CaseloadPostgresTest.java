package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.api.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@TestProfile(PostgresProfile.class)
@DisplayName("片区进度(PostgreSQL)")
class CaseloadPostgresTest extends CaseloadContract {
}
