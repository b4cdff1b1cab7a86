package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.api.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/** The what-if, versions and differences on PostgreSQL (the ledger read in bulk by WhatIfRepository). */
@QuarkusTest
@TestProfile(WhatIfPostgresTest.Profile.class)
@DisplayName("假如测算与标准版本(PostgreSQL)")
class WhatIfPostgresTest extends WhatIfApiTest {
    public static class Profile extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> m = new HashMap<>(super.getConfigOverrides());
            m.putAll(new WhatIfProfile().getConfigOverrides());
            return m;
        }
    }
}
