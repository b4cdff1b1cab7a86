package cn.wenshui.compensation.api.ledger;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** JDBC access to the ledger tables. Only INSERTs and the head row's UPDATE: entries are never changed. */
@ApplicationScoped
public class LedgerRepository {
    private static final String COLUMNS = "seq, household_id, head_of_household, village, schedule_id, "
            + "schedule_version, engine_version, readings_json, input_json, quote_json, total_min, total_max, "
            + "created_at, created_by, supersedes, idempotency_key, request_hash, prev_hash, content_hash, "
            + "owner_firm, operator_name, hash_format";

    private final AgroalDataSource dataSource;

    public LedgerRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The result of an append: the entry, and whether it already existed under the idempotency key. */
    record Appended(StoredEntry entry, boolean replayed) {
    }

    /**
     * Appends under the head row's lock, so concurrent appends form one linear chain. {@code build} turns
     * (seq, previous hash) into the row to insert. An idempotency key this principal used before returns the first
     * entry; keys are scoped by principal (another principal's key neither replays nor blocks).
     */
    Appended append(String principal, String idempotencyKey, Function<Head, StoredEntry> build) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Head head;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT last_seq, last_hash FROM ledger_head WHERE id = 1 FOR UPDATE");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    head = new Head(rs.getLong(1), rs.getString(2));
                }
                if (idempotencyKey != null) {
                    Optional<StoredEntry> existing = one(c, "WHERE created_by = ? AND idempotency_key = ?", principal,
                            idempotencyKey);
                    if (existing.isPresent()) {
                        c.rollback();
                        return new Appended(existing.get(), true);
                    }
                }
                StoredEntry e = build.apply(head);
                insert(c, e);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                    ps.setLong(1, e.seq());
                    ps.setString(2, e.contentHash());
                    ps.executeUpdate();
                }
                c.commit();
                return new Appended(e, false);
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    record Head(long lastSeq, String lastHash) {
    }

    Head head() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    /** The entry, if it exists and is inside the scope: an entry outside it is reported exactly like none. */
    Optional<StoredEntry> find(long seq, Scope scope) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return one(c, "WHERE seq = ?", seq).filter(scope::allows);
        }
    }

    /** Entries in chain order from {@code afterSeq} (exclusive), at most {@code limit}. */
    List<StoredEntry> range(long afterSeq, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM ledger_entry WHERE seq > ? ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY")) {
            ps.setLong(1, afterSeq);
            return all(ps);
        }
    }

    record Filter(String householdId, String village, LocalDate from, LocalDate to) {
    }

    record Page(List<StoredEntry> entries, long total) {
    }

    /** Newest first. {@code to} is inclusive (the whole day, UTC). */
    Page list(Filter f, Scope scope, int page, int size) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (scope.restricted()) {
            where.append(" AND owner_firm = ?");
            args.add(scope.firm());
        }
        if (f.householdId() != null) {
            where.append(" AND household_id = ?");
            args.add(f.householdId());
        }
        if (f.village() != null) {
            where.append(" AND village = ?");
            args.add(f.village());
        }
        if (f.from() != null) {
            where.append(" AND created_at >= ?");
            args.add(f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            where.append(" AND created_at < ?");
            args.add(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ledger_entry" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ledger_entry" + where
                    + " ORDER BY seq DESC OFFSET " + ((long) page * size) + " ROWS FETCH FIRST " + size
                    + " ROWS ONLY")) {
                bind(ps, args);
                return new Page(all(ps), total);
            }
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static Optional<StoredEntry> one(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ledger_entry " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<StoredEntry> r = all(ps);
            return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
        }
    }

    private static List<StoredEntry> all(PreparedStatement ps) throws SQLException {
        List<StoredEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long sup = rs.getLong(15);
                Long supersedes = rs.wasNull() ? null : sup; // wasNull speaks of the last column read
                out.add(new StoredEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                        rs.getObject(13, OffsetDateTime.class).toInstant(), rs.getString(14),
                        supersedes, rs.getString(16), rs.getString(17), rs.getString(18),
                        rs.getString(19), rs.getString(20), rs.getString(21), rs.getInt(22)));
            }
        }
        return out;
    }

    private static void insert(Connection c, StoredEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.seq());
            ps.setString(2, e.householdId());
            ps.setString(3, e.headOfHousehold());
            ps.setString(4, e.village());
            ps.setString(5, e.scheduleId());
            ps.setInt(6, e.scheduleVersion());
            ps.setString(7, e.engineVersion());
            ps.setString(8, e.readingsJson());
            ps.setString(9, e.inputJson());
            ps.setString(10, e.quoteJson());
            ps.setBigDecimal(11, e.totalMin());
            ps.setBigDecimal(12, e.totalMax());
            ps.setObject(13, e.createdAt().atOffset(ZoneOffset.UTC));
            ps.setString(14, e.createdBy());
            if (e.supersedes() == null) {
                ps.setNull(15, Types.BIGINT);
            } else {
                ps.setLong(15, e.supersedes());
            }
            ps.setString(16, e.idempotencyKey());
            ps.setString(17, e.requestHash());
            ps.setString(18, e.prevHash());
            ps.setString(19, e.contentHash());
            ps.setString(20, e.ownerFirm());
            ps.setString(21, e.operatorName());
            ps.setInt(22, e.hashFormat());
            ps.executeUpdate();
        }
    }

}
