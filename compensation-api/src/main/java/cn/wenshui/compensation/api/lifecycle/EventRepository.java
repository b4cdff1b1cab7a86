package cn.wenshui.compensation.api.lifecycle;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * JDBC access to household_event and the few household columns the events need. Only INSERTs, the head row's UPDATE
 * and the household's state: an event is never changed or deleted.
 */
@ApplicationScoped
public class EventRepository {
    private static final String COLUMNS = "seq, household_id, kind, event_date, round, amount, final_payment, note, "
            + "state_after, ledger_seq, recorded_at, recorded_by, prev_hash, content_hash, event_mac";

    private final AgroalDataSource dataSource;

    public EventRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** The household row's facts the events need; the 编号 is {@code code}. */
    record HouseholdRow(long id, String code, String appraisalFirm, String state) {
    }

    /** The household with this 编号; {@code lock}: held until the transaction ends, so its events stay in order. */
    Optional<HouseholdRow> household(Connection c, String code, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, appraisal_firm, state FROM household "
                + "WHERE code = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new HouseholdRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))) : Optional.empty();
            }
        }
    }

    List<StoredEvent> events(Connection c, long householdId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM household_event WHERE household_id = ? ORDER BY seq")) {
            ps.setLong(1, householdId);
            return all(ps);
        }
    }

    record Head(long lastSeq, String lastHash) {
    }

    /** Appends inside the caller's transaction, under the head row's lock; {@code build} gets (seq, previous hash). */
    StoredEvent append(Connection c, Function<Head, StoredEvent> build, Function<StoredEvent, String> mac)
            throws SQLException {
        Head head;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_hash FROM household_event_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            head = new Head(rs.getLong(1), rs.getString(2));
        }
        StoredEvent e = build.apply(head).withHash();
        e = e.withMac(mac.apply(e));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO household_event (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.seq());
            ps.setLong(2, e.householdId());
            ps.setString(3, e.kind());
            ps.setObject(4, e.eventDate());
            if (e.round() == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setInt(5, e.round());
            }
            ps.setBigDecimal(6, e.amount());
            ps.setBoolean(7, e.finalPayment());
            ps.setString(8, e.note());
            ps.setString(9, e.stateAfter());
            if (e.ledgerSeq() == null) {
                ps.setNull(10, Types.BIGINT);
            } else {
                ps.setLong(10, e.ledgerSeq());
            }
            ps.setObject(11, e.recordedAt().atOffset(ZoneOffset.UTC));
            ps.setString(12, e.recordedBy());
            ps.setString(13, e.prevHash());
            ps.setString(14, e.contentHash());
            ps.setString(15, e.mac());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE household_event_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, e.seq());
            ps.setString(2, e.contentHash());
            ps.executeUpdate();
        }
        return e;
    }

    /** The event first recorded under this household's, principal's Idempotency-Key, with its request's hash. */
    record Request(String requestHash, StoredEvent event) {
    }

    Optional<Request> request(Connection c, long householdId, String principal, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.request_hash, " + prefixed("e")
                + " FROM household_event_request r JOIN household_event e ON e.seq = r.event_seq"
                + " WHERE r.household_id = ? AND r.principal = ? AND r.idempotency_key = ?")) {
            ps.setLong(1, householdId);
            ps.setString(2, principal);
            ps.setString(3, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Request(rs.getString(1), event(rs, 2))) : Optional.empty();
            }
        }
    }

    void keepRequest(Connection c, StoredEvent e, String key, String requestHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO household_event_request (household_id, principal, "
                + "idempotency_key, request_hash, event_seq) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.householdId());
            ps.setString(2, e.recordedBy());
            ps.setString(3, key);
            ps.setString(4, requestHash);
            ps.setLong(5, e.seq());
            ps.executeUpdate();
        }
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    /** The file's state follows its last event (same transaction as the event). */
    void updateState(Connection c, long householdId, String state, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE household SET state = ?, updated_at = ?, updated_by = ?, "
                + "row_version = row_version + 1 WHERE id = ?")) {
            ps.setString(1, state);
            ps.setObject(2, at.atOffset(ZoneOffset.UTC));
            ps.setString(3, by);
            ps.setLong(4, householdId);
            ps.executeUpdate();
        }
    }

    /** Events in chain order after {@code afterSeq}, at most {@code limit}. */
    List<StoredEvent> range(long afterSeq, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM household_event WHERE seq > ? ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY")) {
            ps.setLong(1, afterSeq);
            return all(ps);
        }
    }

    Head head() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT last_seq, last_hash FROM household_event_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    private static List<StoredEvent> all(PreparedStatement ps) throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(event(rs, 1));
            }
        }
        return out;
    }

    /** The event whose {@link #COLUMNS} start at column {@code f}. */
    private static StoredEvent event(ResultSet rs, int f) throws SQLException {
        int round = rs.getInt(f + 4);
        Integer r = rs.wasNull() ? null : round;
        java.math.BigDecimal amount = rs.getBigDecimal(f + 5);
        long ledger = rs.getLong(f + 9);
        Long l = rs.wasNull() ? null : ledger;
        return new StoredEvent(rs.getLong(f), rs.getLong(f + 1), rs.getString(f + 2),
                rs.getObject(f + 3, java.time.LocalDate.class), r,
                amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY), rs.getBoolean(f + 6),
                rs.getString(f + 7), rs.getString(f + 8), l, rs.getObject(f + 10, OffsetDateTime.class).toInstant(),
                rs.getString(f + 11), rs.getString(f + 12), rs.getString(f + 13), rs.getString(f + 14));
    }
}
