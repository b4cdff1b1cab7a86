package cn.wenshui.compensation.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("H2 数据库文件只有属主可读:数据目录 700,其中文件 600")
class DataDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("发现 7:已有的数据库文件(644)与目录(755)在启动时收紧为 600 与 700;不存在的目录以 700 新建")
    void databaseFilesBecomeOwnerOnly() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = Files.writeString(data.resolve("compensation.mv.db"), "x");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        DataDirectory.protect(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");

        Path fresh = tmp.resolve("fresh/data");
        DataDirectory.protect(fresh);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    @Test
    @DisplayName("只处理 H2 文件数据库的目录;内存库与 PostgreSQL 不涉及")
    void onlyFileDatabases() {
        assertThat(DataDirectory.directoryOf("jdbc:h2:file:./data/compensation;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
                .isEqualTo(Optional.of(Path.of("./data")));
        assertThat(DataDirectory.directoryOf("jdbc:h2:./db/x")).isEqualTo(Optional.of(Path.of("./db")));
        assertThat(DataDirectory.directoryOf("jdbc:h2:mem:compensation;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(DataDirectory.directoryOf("jdbc:postgresql://localhost/x")).isEmpty();
        assertThat(DataDirectory.directoryOf("jdbc:h2:tcp://localhost/~/x")).isEmpty();
    }
}
