package cn.wenshui.compensation.api.household;

import cn.wenshui.compensation.api.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@TestProfile(PostgresProfile.class)
@DisplayName("分户档案存储(PostgreSQL,嵌入式)")
class HouseholdRepositoryPostgresTest extends HouseholdRepositoryContract {
}
