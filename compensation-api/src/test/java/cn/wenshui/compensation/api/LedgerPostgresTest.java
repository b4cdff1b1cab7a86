package cn.wenshui.compensation.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@TestProfile(PostgresProfile.class)
@DisplayName("台账(PostgreSQL)")
class LedgerPostgresTest extends LedgerContract {
}
