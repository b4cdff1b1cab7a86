package cn.wenshui.compensation.api.cds;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Only in the build's training run (src/build/CdsTraining.java): links the classes the run loaded but never linked,
 * as it stops, so that Java 17's dynamic archive keeps them. Java 17 archives linked classes only; ≈ 1,500 classes
 * are loaded merely to check other classes (and linked by no one), so every start read them from their jars again.
 * With them linked, ≈ 9,100 instead of ≈ 7,700 classes come from the archive and the first answer comes ≈ 0.13 s
 * sooner (docs/performance.md). {@code getDeclaredMethods} links a class without initialising it: no class's own
 * code runs. Without {@code compensation.cds.class-log} (the class-load log the training asks the JVM to write,
 * {@code -Xlog:class+load:file=...:none}) this does nothing.
 */
@ApplicationScoped
public class TrainingLinker {
    private static final Logger LOG = Logger.getLogger(TrainingLinker.class);

    void onStop(@Observes ShutdownEvent event) {
        String log = System.getProperty("compensation.cds.class-log");
        if (log == null) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        int linked = 0;
        int failed = 0;
        try {
            for (String line : Files.readAllLines(Path.of(log), StandardCharsets.UTF_8)) {
                // "<class name> source: <where>"; classes already in an archive, and hidden classes, are left alone
                int space = line.indexOf(' ');
                if (space <= 0 || line.contains("source: shared objects file")) {
                    continue;
                }
                String name = line.substring(0, space);
                if (name.contains("/") || name.contains("$$Lambda") || name.startsWith("jdk.proxy")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader).getDeclaredMethods();
                    linked++;
                } catch (Throwable notLinkable) { // absent optional dependencies: such a class cannot be kept anyway
                    failed++;
                }
            }
        } catch (IOException e) {
            LOG.warnf("class-data training: cannot read %s: %s", log, e.getMessage());
            return;
        }
        LOG.infof("class-data training: %d classes read from jars are linked for the archive (%d could not be)",
                linked, failed);
    }
}
