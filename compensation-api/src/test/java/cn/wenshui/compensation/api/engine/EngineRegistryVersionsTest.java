package cn.wenshui.compensation.api.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a deployment adds a schedule file and pins the version new quotes use (I-53), without the service. */
class EngineRegistryVersionsTest {
    static final String FIXTURE = "classpath:/schedules/fixtures/wenzhengfa-2023-6.v2-fixture.yaml";

    static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withDefaultValues(values).build();
    }

    @Test
    @DisplayName("解释I-53:未加修订版时新报价用第1版;加入后按施行日期用第2版;指定 in-force 时用所指定的版本")
    void addedByConfigurationAndPinned() {
        assertThat(new EngineRegistry(config(Map.of())).latest().version()).isEqualTo(1);
        EngineRegistry added = new EngineRegistry(config(Map.of("compensation.schedules.extra", FIXTURE)));
        assertThat(added.schedules()).hasSize(2);
        assertThat(added.latest().version()).isEqualTo(2); // in force since 2025-01-01
        assertThat(added.current().schedule().version()).isEqualTo(2);
        EngineRegistry pinned = new EngineRegistry(config(Map.of("compensation.schedules.extra", FIXTURE,
                "compensation.schedules.in-force", "wenzhengfa-2023-6/1")));
        assertThat(pinned.latest().version()).isEqualTo(1);
        assertThat(pinned.pinned()).isTrue();
        assertThat(pinned.schedule("wenzhengfa-2023-6", 2)).isPresent();
    }

    @Test
    @DisplayName("指定未加载的版本,或文件读不到,服务不启动")
    void badConfigurationStopsTheStart() {
        assertThatThrownBy(() -> new EngineRegistry(config(Map.of("compensation.schedules.in-force",
                "wenzhengfa-2023-6/7")))).hasMessageContaining("no such schedule version");
        assertThatThrownBy(() -> new EngineRegistry(config(Map.of("compensation.schedules.extra",
                "/no/such/file.yaml")))).hasMessageContaining("cannot read");
    }
}
