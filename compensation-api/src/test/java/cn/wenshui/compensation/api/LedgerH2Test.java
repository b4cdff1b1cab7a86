package cn.wenshui.compensation.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@DisplayName("台账(H2 嵌入式数据库)")
class LedgerH2Test extends LedgerContract {
}
