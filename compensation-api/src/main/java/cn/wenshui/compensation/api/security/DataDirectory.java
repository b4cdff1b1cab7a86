package cn.wenshui.compensation.api.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The embedded H2 database holds names, ID numbers and every quote: its folder is made readable by the service's
 * owner only at start (folder 700, files 600). H2 creates its files with the process umask; the folder's 700 also
 * covers files it creates later. A PostgreSQL or in-memory database has no folder here.
 */
@ApplicationScoped
public class DataDirectory {
    private static final Logger LOG = Logger.getLogger(DataDirectory.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        url.flatMap(DataDirectory::directoryOf).ifPresent(DataDirectory::protect);
    }

    /** The folder of an H2 file database ({@code jdbc:h2:file:./data/x} or {@code jdbc:h2:./data/x}). */
    static Optional<Path> directoryOf(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        rest = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")
                || rest.startsWith("zip:") || rest.contains("://")) {
            return Optional.empty();
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        Path parent = Path.of(rest).getParent();
        return Optional.ofNullable(parent);
    }

    /** Creates the folder if needed; folder rwx------, every file in it rw-------. */
    static void protect(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // not a POSIX file system: the folder's ACLs are the operator's
        }
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(p)) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
                    } else if (Files.isDirectory(p)) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                    }
                }
            }
        } catch (IOException e) {
            LOG.warnf("cannot restrict the permissions of the database folder %s: %s", dir, e.getMessage());
            throw new UncheckedIOException(e);
        }
    }
}
