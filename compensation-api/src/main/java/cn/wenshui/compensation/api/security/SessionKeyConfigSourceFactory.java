package cn.wenshui.compensation.api.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key that encrypts form-login session cookies ({@code quarkus.http.auth.session.encryption-key}). When it is
 * not configured, it is read from {@code compensation.session-key-file} (default {@code ./data/session.key}),
 * which is created with 32 random bytes the first time it is needed, so sessions survive restarts without set-up.
 * The value is produced lazily and its name is not listed, so only a running service ever creates the file.
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {
    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String FILE_PROPERTY = "compensation.session-key-file";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(PROPERTY);
        if (configured != null && configured.getValue() != null) {
            return List.of();
        }
        ConfigValue file = context.getValue(FILE_PROPERTY);
        Path path = Path.of(file == null || file.getValue() == null ? "data/session.key" : file.getValue());
        return List.of(new FileKeySource(path));
    }

    @Override
    public java.util.OptionalInt getPriority() {
        return java.util.OptionalInt.of(50); // below application.properties (250), system properties and env
    }

    static final class FileKeySource implements ConfigSource {
        private final Path path;
        private volatile String key;

        FileKeySource(Path path) {
            this.path = path;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            if (key == null) {
                synchronized (this) {
                    if (key == null) {
                        key = loadOrCreate(path);
                    }
                }
            }
            return key;
        }

        @Override
        public String getName() {
            return "session key file " + path;
        }

        @Override
        public int getOrdinal() {
            return 50;
        }
    }

    static String loadOrCreate(Path path) {
        try {
            return KeyFiles.loadOrCreate(path, 32);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the session key file " + path
                    + "; set quarkus.http.auth.session.encryption-key instead", e);
        }
    }
}
