package cn.wenshui.compensation.api.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;

@QuarkusTest
@DisplayName("住户事件(H2 嵌入式数据库)")
class HouseholdEventsH2Test extends HouseholdEventsContract {
}
