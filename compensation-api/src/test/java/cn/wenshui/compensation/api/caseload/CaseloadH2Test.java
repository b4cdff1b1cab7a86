package cn.wenshui.compensation.api.caseload;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@DisplayName("片区进度(H2 嵌入式数据库)")
class CaseloadH2Test extends CaseloadContract {
}
