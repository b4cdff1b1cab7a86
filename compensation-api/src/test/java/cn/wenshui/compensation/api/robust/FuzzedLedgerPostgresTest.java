package cn.wenshui.compensation.api.robust;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.PostgresProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ledger's own hazards on PostgreSQL: text PostgreSQL will not store as given (NUL, lone surrogates), odd
 * unicode and odd numbers in the fields the ledger keeps in columns. Never a 5xx, and every stored entry still
 * verifies (what was hashed is what comes back).
 */
@QuarkusTest
@TestSecurity(user = "staff-test", roles = "staff")
@TestProfile(PostgresProfile.class)
@DisplayName("模糊测试(PostgreSQL 台账):怪异文本从无 5xx,链仍可验证")
class FuzzedLedgerPostgresTest {
    static final int CASES = Integer.getInteger("fuzz.ledger-cases", 400);

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("保存含怪异文本的报价:从无 5xx,链仍可验证")
    void oddTextInTheLedger() throws Exception {
        Fuzzer f = new Fuzzer(base.toURI()).run(FuzzCases.ledgerCases(), CASES, FuzzedInputTest.SEED);
        System.out.println("[fuzz pg] " + f.summary());
        assertThat(f.failures).as(f.summary()).isEmpty();
        assertThat(f.statuses.keySet()).contains(201);
        f.assertStillHealthy();
    }
}
