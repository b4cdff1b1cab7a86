package cn.wenshui.compensation.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@TestProfile(LedgerTamperPostgresTest.Profile.class)
@DisplayName("台账防篡改(PostgreSQL,自 V2 时代的台账迁移而来)")
class LedgerTamperPostgresTest extends LedgerTamperContract {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.db-kind", "postgresql");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LegacyLedgerResource.class, Map.of("db", "pg")));
        }
    }
}
