package cn.wenshui.compensation.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("会话加密密钥:未配置时首次生成到文件(仅属主可读),此后重启沿用")
class SessionKeyTest {
    @TempDir
    Path dir;

    @Test
    void generatedOnceThenReused() throws Exception {
        Path file = dir.resolve("data/session.key");
        String first = SessionKeyConfigSourceFactory.loadOrCreate(file);
        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SessionKeyConfigSourceFactory.loadOrCreate(file)).isEqualTo(first);
        var source = new SessionKeyConfigSourceFactory.FileKeySource(file);
        assertThat(source.getValue(SessionKeyConfigSourceFactory.PROPERTY)).isEqualTo(first);
        assertThat(source.getPropertyNames()).isEmpty();
        assertThat(source.getValue("anything.else")).isNull();
    }
}
