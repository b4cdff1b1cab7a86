package cn.wenshui.compensation.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@TestProfile(LedgerTamperH2Test.Profile.class)
@DisplayName("台账防篡改(H2,自 V2 时代的台账迁移而来)")
class LedgerTamperH2Test extends LedgerTamperContract {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LegacyLedgerResource.class, Map.of("db", "h2")));
        }
    }
}
