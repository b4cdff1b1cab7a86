package cn.wenshui.compensation.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("台账密钥与校验点文件:密钥首次生成(仅属主可读)并沿用;校验点只追加,崩溃截断的半行不致误读")
class LedgerKeyAndCheckpointsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("MAC 密钥:未配置时生成到文件,权限 600,重启沿用;配置的密钥须为至少 32 字节的 base64")
    void keyFileCreatedOnceOwnerOnly() throws Exception {
        Path file = dir.resolve("data/ledger-mac.key");
        String first = LedgerKey.loadOrCreate(file);
        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(LedgerKey.loadOrCreate(file)).isEqualTo(first);
        assertThat(Files.list(file.getParent())).containsExactly(file);
        assertThatThrownBy(() -> new LedgerKey(Optional.of(Base64.getEncoder().encodeToString(new byte[16])), "x"))
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> new LedgerKey(Optional.of("not base64!"), "x")).hasMessageContaining("base64");
    }

    @Test
    @DisplayName("校验点:逐行追加,记下最高编号;崩溃留下的半行被结束并跳过")
    void appendOnlyAndTolerantOfACutLine() throws Exception {
        Path file = dir.resolve("data/checkpoints.log");
        Checkpoints a = new Checkpoints(file.toString());
        String h1 = "1".repeat(64);
        String h2 = "2".repeat(64);
        a.record("append", 1, h1);
        a.record("append", 2, h2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(a.latest().orElseThrow().seq()).isEqualTo(2);
        // A kill -9 in the middle of a line.
        Files.writeString(file, "append 3 3333", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        Checkpoints b = new Checkpoints(file.toString());
        assertThat(b.count()).isEqualTo(2);
        assertThat(b.unreadable()).isEqualTo(1);
        b.record("append", 3, "3".repeat(64));
        List<Checkpoints.Checkpoint> all = new ArrayList<>();
        b.scan(2, all::addAll);
        assertThat(all).extracting(Checkpoints.Checkpoint::seq).containsExactly(1L, 2L, 3L);
        assertThat(b.at(2)).extracting(Checkpoints.Checkpoint::hash).containsExactly(h2);
        assertThat(Files.readAllLines(file).get(0)).startsWith("# 台账链头校验点");
    }
}
