package cn.wenshui.compensation.api.cds;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training's class linking: nothing outside the training, and no line of the JVM's log can make it fail. */
class TrainingLinkerTest {

    @Test
    @DisplayName("类数据训练之外不做任何事;类加载日志中的任何一行都不会使服务停止出错")
    void linksWhatItCanAndNeverFails(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.txt");
        Files.write(log, List.of(
                "java.lang.Object source: shared objects file",
                "cn.wenshui.compensation.api.cds.TrainingLinkerTest source: file:/somewhere/",
                "no.such.Clazz source: file:/missing.jar",
                "java.lang.invoke.LambdaForm$MH/0x0000000800c01000 source: __JVM_LookupDefineClass__",
                "",
                "garbage"));
        TrainingLinker linker = new TrainingLinker();
        assertThatCode(() -> linker.onStop(null)).doesNotThrowAnyException(); // no property: nothing
        System.setProperty("compensation.cds.class-log", log.toString());
        try {
            assertThatCode(() -> linker.onStop(null)).doesNotThrowAnyException();
            System.setProperty("compensation.cds.class-log", dir.resolve("absent.txt").toString());
            assertThatCode(() -> linker.onStop(null)).doesNotThrowAnyException();
        } finally {
            System.clearProperty("compensation.cds.class-log");
        }
    }
}
