package cn.wenshui.compensation.api.ledger;

import cn.wenshui.compensation.api.security.Scope;
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

/**
 * JDBC access to the ledger tables. Only INSERTs and the head row's UPDATE: entries are never changed, except that
 * entries written before MACs existed are sealed once ({@link #sealUnsealed}).
 */
@ApplicationScoped
public class LedgerRepository {
    private static final String COLUMNS = "seq, household_id, head_of_household, village, schedule_id, "
            + "schedule_version, engine_version, readings_json, input_json, quote_json, total_min, total_max, "
            + "created_at, created_by, supersedes, idempotency_key, request_hash, prev_hash, content_hash, "
            + "owner_firm, operator_name, hash_format, entry_mac";

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LedgerRepository.class);

    private final AgroalDataSource dataSource;
    private final LedgerKey key;
    private final Checkpoints checkpoints;

    public LedgerRepository(AgroalDataSource dataSource, LedgerKey key, Checkpoints checkpoints) {
        this.dataSource = dataSource;
        this.key = key;
        this.checkpoints = checkpoints;
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
        return append(principal, idempotencyKey, null, build);
    }

    /**
     * As {@link #append(String, String, Function)}; a correction ({@code supersedes} not null) is refused with
     * {@link AlreadySuperseded} when another entry already corrects that entry, checked under the head's lock so two
     * corrections of one entry made at once cannot both stand (a household keeps one current entry).
     */
    Appended append(String principal, String idempotencyKey, Long supersedes, Function<Head, StoredEntry> build)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Head head = lockHead(c);
                if (idempotencyKey != null) {
                    Optional<StoredEntry> existing = one(c, "WHERE created_by = ? AND idempotency_key = ?", principal,
                            idempotencyKey);
                    if (existing.isPresent()) {
                        c.rollback();
                        return new Appended(existing.get(), true);
                    }
                }
                if (supersedes != null) {
                    Optional<Long> by = supersededBy(c, supersedes);
                    if (by.isPresent()) {
                        c.rollback();
                        throw new AlreadySuperseded(supersedes, by.get());
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
                checkpoint(e);
                return new Appended(e, false);
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    /**
     * Records the committed entry as the head's checkpoint. The entry stands whatever happens here; a failure leaves
     * that entry without a checkpoint (the next append's covers it) and is logged loudly.
     */
    private void checkpoint(StoredEntry e) {
        try {
            checkpoints.record("append", e.seq(), e.contentHash());
        } catch (RuntimeException ex) {
            LOG.errorf("ledger entry %d committed but its checkpoint could not be written to %s: %s", e.seq(),
                    checkpoints.path(), ex.getMessage());
        }
    }

    record Head(long lastSeq, String lastHash) {
    }

    /** The content hashes stored for these entry ids (ids with no entry are absent). */
    java.util.Map<Long, String> hashes(java.util.Collection<Long> seqs) throws SQLException {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        if (seqs.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(seqs.size(), "?"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT seq, content_hash FROM ledger_entry WHERE seq IN (" + marks + ")")) {
            int i = 1;
            for (Long seq : seqs) {
                ps.setLong(i++, seq);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** What sealing found: entries in the ledger, entries sealed now, and those left unsealed because broken. */
    record Sealing(long entries, long sealed, List<Long> refused, Head head) {
    }

    /**
     * Seals the entries written before MACs existed, once: only when no entry has a MAC yet (a ledger that predates
     * them), under the head's lock. An entry whose content hash or chain link does not check out is left without a
     * MAC, so verification keeps reporting it. Empty when there is nothing to seal.
     */
    /** The chain's head, locked until the transaction ends: appends and sealing take it in turn. */
    private static Head lockHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_hash FROM ledger_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

        Optional<Sealing> sealUnsealed() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Head head = lockHead(c);
                long entries;
                long sealedBefore;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*), COUNT(entry_mac) FROM ledger_entry");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    entries = rs.getLong(1);
                    sealedBefore = rs.getLong(2);
                }
                if (entries == 0 || sealedBefore > 0) {
                    c.rollback();
                    return Optional.empty();
                }
                long sealed = 0;
                List<Long> refused = new ArrayList<>();
                String prev = StoredEntry.GENESIS;
                long after = 0;
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE ledger_entry SET entry_mac = ? WHERE seq = ? AND entry_mac IS NULL")) {
                    while (true) {
                        List<StoredEntry> batch;
                        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ledger_entry "
                                + "WHERE seq > ? ORDER BY seq FETCH FIRST " + LedgerService.VERIFY_BATCH
                                + " ROWS ONLY")) {
                            ps.setLong(1, after);
                            batch = all(ps);
                        }
                        if (batch.isEmpty()) {
                            break;
                        }
                        for (StoredEntry e : batch) {
                            if (e.seq() == after + 1 && e.prevHash().equals(prev)
                                    && e.computeHash().equals(e.contentHash()) && LedgerService.formatColumnsOk(e)) {
                                update.setString(1, key.mac(e));
                                update.setLong(2, e.seq());
                                update.addBatch();
                                sealed++;
                            } else {
                                refused.add(e.seq());
                            }
                            prev = e.contentHash();
                            after = e.seq();
                        }
                        update.executeBatch();
                    }
                }
                c.commit();
                return Optional.of(new Sealing(entries, sealed, refused, head));
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    Head head() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    /**
     * A firm's scope in SQL: the entries it made, and every entry of the households assigned to it (their files'
     * appraisal_firm), so a firm still sees its household's current version after staff correct it. Binds the firm
     * twice; {@code alias} is the ledger_entry table's ("" for none).
     */
    private static String firmScope(String alias) {
        return " AND (" + alias + "owner_firm = ? OR " + alias + "household_id IN "
                + "(SELECT hs.code FROM household hs WHERE hs.appraisal_firm = ?))";
    }

    /** The entry, if it exists and is inside the scope: an entry outside it is reported exactly like none. */
    Optional<StoredEntry> find(long seq, Scope scope) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return scope.restricted() ? one(c, "WHERE seq = ?" + firmScope(""), seq, scope.firm(), scope.firm())
                    : one(c, "WHERE seq = ?", seq);
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

    /**
     * A household's entries, oldest first, each with the entry that supersedes it (if any). The current entry is the
     * newest one that nothing supersedes.
     */
    List<Version> versions(String householdId, Scope scope) throws SQLException {
        List<Object> args = new ArrayList<>();
        args.add(householdId);
        String where = "WHERE household_id = ?";
        if (scope.restricted()) {
            where += firmScope("");
            args.add(scope.firm());
            args.add(scope.firm());
        }
        List<StoredEntry> entries;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ledger_entry " + where
                     + " ORDER BY seq")) {
            bind(ps, args);
            entries = all(ps);
        }
        java.util.Map<Long, Long> supersededBy = new java.util.HashMap<>();
        for (StoredEntry e : entries) {
            if (e.supersedes() != null) {
                supersededBy.merge(e.supersedes(), e.seq(), Math::min);
            }
        }
        return entries.stream().map(e -> new Version(e, supersededBy.get(e.seq()))).toList();
    }

    /**
     * The id of the household's current entry in the scope (the newest that no entry supersedes), without reading
     * the entries themselves: a workbook upload asks this once per household.
     */
    Optional<Long> currentSeq(String householdId, Scope scope) throws SQLException {
        String sql = "SELECT MAX(e.seq) FROM ledger_entry e WHERE e.household_id = ?"
                + (scope.restricted() ? firmScope("e.") : "")
                + " AND NOT EXISTS (SELECT 1 FROM ledger_entry s WHERE s.supersedes = e.seq)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, householdId);
            if (scope.restricted()) {
                ps.setString(2, scope.firm());
                ps.setString(3, scope.firm());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(v);
            }
        }
    }

    /** An entry and the first entry that supersedes it (null: none, so far). */
    record Version(StoredEntry entry, Long supersededBy) {
    }

    /** Entry {@code entry} is already corrected by entry {@code by}: a second correction of it is refused. */
    static final class AlreadySuperseded extends RuntimeException {
        final long entry;
        final long by;

        AlreadySuperseded(long entry, long by) {
            super("entry " + entry + " is already superseded by entry " + by, null, false, false);
            this.entry = entry;
            this.by = by;
        }
    }

    /** The entry that supersedes {@code seq} first, if any (any principal's: a correction is public to its readers). */
    Optional<Long> supersededBy(long seq) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return supersededBy(c, seq);
        }
    }

    /** For each of {@code seqs} that some entry supersedes, the first entry that does (one query for a page). */
    java.util.Map<Long, Long> supersededBy(java.util.Collection<Long> seqs) throws SQLException {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        if (seqs.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(seqs.size(), "?"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT supersedes, MIN(seq) FROM ledger_entry WHERE supersedes IN ("
                     + marks + ") GROUP BY supersedes")) {
            int i = 1;
            for (Long seq : seqs) {
                ps.setLong(i++, seq);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static Optional<Long> supersededBy(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(seq) FROM ledger_entry WHERE supersedes = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(v);
            }
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
            where.append(firmScope(""));
            args.add(scope.firm());
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
                        rs.getString(19), rs.getString(20), rs.getString(21), rs.getInt(22), rs.getString(23)));
            }
        }
        return out;
    }

    /** Inserts the entry sealed with its MAC. */
    private void insert(Connection c, StoredEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            ps.setString(23, key.mac(e));
            ps.executeUpdate();
        }
    }

}
