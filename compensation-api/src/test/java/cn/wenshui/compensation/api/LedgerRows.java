package cn.wenshui.compensation.api;

import cn.wenshui.compensation.api.ledger.Canonical;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ledger rows read and written with plain JDBC, as someone with write access to the database would, and the hash
 * and MAC preimages written out independently of the service ("ledger-entry/v1", "ledger-entry/v2",
 * "ledger-mac/v1": length-prefixed columns). Row arrays hold the columns in {@link #COLUMNS} order.
 */
final class LedgerRows {
    static final String COLUMNS = "seq, household_id, head_of_household, village, schedule_id, schedule_version, "
            + "engine_version, readings_json, input_json, quote_json, total_min, total_max, created_at, created_by, "
            + "supersedes, idempotency_key, request_hash, prev_hash, owner_firm, operator_name, hash_format, "
            + "content_hash, entry_mac";
    static final int SEQ = 0, TOTAL_MIN = 10, TOTAL_MAX = 11, CREATED_AT = 12, PREV_HASH = 17, OWNER_FIRM = 18,
            FORMAT = 20, CONTENT_HASH = 21, MAC = 22, WIDTH = 23;

    private LedgerRows() {
    }

    /** Rows with seq >= {@code from}, in order. */
    static List<Object[]> from(Connection c, long from) throws SQLException {
        try {
            return from(c, from, COLUMNS);
        } catch (SQLException noMacColumn) {
            // A database from before V3 (the same attacks, run against the service as it was).
            return from(c, from, COLUMNS.replace("entry_mac", "NULL"));
        }
    }

    private static List<Object[]> from(Connection c, long from, String columns) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns
                + " FROM ledger_entry WHERE seq >= ? ORDER BY seq")) {
            ps.setLong(1, from);
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] r = new Object[WIDTH];
                    for (int i = 0; i < WIDTH; i++) {
                        r[i] = i == CREATED_AT ? rs.getObject(i + 1, OffsetDateTime.class) : rs.getObject(i + 1);
                    }
                    out.add(r);
                }
            }
            return out;
        }
    }

    static Object[] one(Connection c, long seq) throws SQLException {
        return from(c, seq).get(0);
    }

    /** The content hash in the row's own format. */
    static String hash(Object[] r) {
        int format = ((Number) r[FORMAT]).intValue();
        int n = format == 1 ? 18 : 20;
        return Canonical.sha256(prefixed(new StringBuilder("ledger-entry/v" + format + "\n"), r, n));
    }

    static String mac(Object[] r, String base64Key) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
            return HexFormat.of().formatHex(m.doFinal(prefixed(new StringBuilder("ledger-mac/v1\n"), r, 22)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String prefixed(StringBuilder b, Object[] r, int n) {
        for (int i = 0; i < n; i++) {
            Object v = r[i];
            if (v instanceof BigDecimal d) {
                v = d.toPlainString();
            } else if (v instanceof OffsetDateTime t) {
                v = t.toInstant().toString();
            }
            String s = v == null ? "" : v.toString().trim();
            b.append(v == null ? -1 : s.length()).append(':').append(s).append('\n');
        }
        return b.toString();
    }

    /** Inserts the row's first {@code width} columns (22: a database from before the MAC column). */
    static void insert(Connection c, Object[] r, int width) throws SQLException {
        String cols = String.join(", ", List.of(COLUMNS.split(", ")).subList(0, width));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_entry (" + cols + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")")) {
            for (int i = 0; i < width; i++) {
                ps.setObject(i + 1, r[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Puts a saved row back as it was (every column). */
    static void restore(Connection c, Object[] r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ledger_entry WHERE seq = ?")) {
            ps.setObject(1, r[SEQ]);
            ps.executeUpdate();
        }
        insert(c, r);
    }

    /** Inserts a row read before (without the MAC column when it had none). */
    static void insert(Connection c, Object[] r) throws SQLException {
        insert(c, r, r[MAC] == null ? WIDTH - 1 : WIDTH);
    }

    static void deleteFrom(Connection c, long from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ledger_entry WHERE seq >= ?")) {
            ps.setLong(1, from);
            ps.executeUpdate();
        }
    }

    static void head(Connection c, long seq, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
    }

    /**
     * The attacker's tool: recomputes the content hash of every entry from {@code from} on, relinking each to its
     * predecessor, and moves the head, so that every hash and link checks out again.
     */
    static void rehashFrom(Connection c, long from) throws SQLException {
        String prev = from == 1 ? "0".repeat(64) : ((String) one(c, from - 1)[CONTENT_HASH]).trim();
        long last = from - 1;
        for (Object[] r : from(c, from)) {
            r[PREV_HASH] = prev;
            String h = hash(r);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE ledger_entry SET prev_hash = ?, content_hash = ? WHERE seq = ?")) {
                ps.setString(1, prev);
                ps.setString(2, h);
                ps.setObject(3, r[SEQ]);
                ps.executeUpdate();
            }
            prev = h;
            last = ((Number) r[SEQ]).longValue();
        }
        head(c, last, prev);
    }
}
