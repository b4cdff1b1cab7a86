package cn.wenshui.compensation.api.household;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@DisplayName("分户档案存储(H2)")
class HouseholdRepositoryH2Test extends HouseholdRepositoryContract {
}
