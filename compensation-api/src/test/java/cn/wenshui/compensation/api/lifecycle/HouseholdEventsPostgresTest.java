package cn.wenshui.compensation.api.lifecycle;

import cn.wenshui.compensation.api.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@TestProfile(PostgresProfile.class)
@DisplayName("住户事件(PostgreSQL)")
class HouseholdEventsPostgresTest extends HouseholdEventsContract {
}
