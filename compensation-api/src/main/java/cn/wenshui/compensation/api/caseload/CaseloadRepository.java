package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.api.household.HouseholdState;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the caseload: every household file with its current ledger entry (the newest one nothing supersedes) and
 * that entry's digest, deriving and storing the digests still missing.
 */
@ApplicationScoped
public class CaseloadRepository {
    private static final String DIGEST_COLUMNS = "ce.seq, ce.incentive_status, ce.incentive_amount, "
            + "ce.incentive_start, ce.full_deadline, ce.reduced_deadline, ce.moved_out, ce.pending_appraisal, "
            + "ce.pending_negotiation, ce.pending_committee, ce.pending_other";

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    public CaseloadRepository(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Which households to include; null matches all. */
    public record Filter(String village, String group, HouseholdState state) {
    }

    /**
     * One household and its current entry (seq null: not quoted yet); {@code paid} sums its 付款 events (zero when
     * none); {@code signedEvent}: it has a 签约 event (so an objection raised after signing leaves it signed). {@code headName} and {@code phone} are personal data: whoever shows them masks or logs (api/privacy).
     */
    public record Row(long householdId, String code, String village, String group, HouseholdState state,
                      Long seq, BigDecimal totalMin, BigDecimal totalMax, EntryDigest digest, BigDecimal paid,
                      boolean signedEvent, String headName, String phone) {
        Row withDigest(EntryDigest d) {
            return new Row(householdId, code, village, group, state, seq, totalMin, totalMax, d, paid, signedEvent,
                    headName, phone);
        }
    }

    public List<Row> rows(Filter f) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.village() != null) {
            where.append(" AND h.village = ?");
            args.add(f.village());
        }
        if (f.group() != null) {
            where.append(" AND h.group_name = ?");
            args.add(f.group());
        }
        if (f.state() != null) {
            where.append(" AND h.state = ?");
            args.add(f.state().name());
        }
        String sql = "SELECT h.id, h.code, h.village, h.group_name, h.state, le.seq, le.total_min, le.total_max, "
                + DIGEST_COLUMNS + ", (SELECT SUM(e.amount) FROM household_event e WHERE e.household_id = h.id"
                + " AND e.kind = 'PAYMENT'), h.head_name, h.phone, (SELECT COUNT(*) FROM household_event g"
                + " WHERE g.household_id = h.id AND g.kind = 'SIGNED') FROM household h"
                + " LEFT JOIN ledger_entry le ON le.household_id = h.code"
                + " AND NOT EXISTS (SELECT 1 FROM ledger_entry s WHERE s.supersedes = le.seq)"
                + " LEFT JOIN caseload_entry ce ON ce.seq = le.seq" + where
                + " ORDER BY h.village, h.group_name, h.code, le.seq";
        Map<String, Row> byCode = new LinkedHashMap<>();
        List<Long> missing = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long s = rs.getLong(6);
                    Long seq = rs.wasNull() ? null : s;
                    EntryDigest digest = digest(rs, 9);
                    // Two live entries of one household (made before re-uploads superseded): the newest is current.
                    byCode.put(rs.getString(2), new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), HouseholdState.valueOf(rs.getString(5)), seq, rs.getBigDecimal(7),
                            rs.getBigDecimal(8), digest, paid(rs.getBigDecimal(20)), rs.getLong(23) > 0,
                            rs.getString(21), rs.getString(22)));
                }
            }
        }
        for (Row r : byCode.values()) {
            if (r.seq() != null && r.digest() == null) {
                missing.add(r.seq());
            }
        }
        if (missing.isEmpty()) {
            return List.copyOf(byCode.values());
        }
        Map<Long, EntryDigest> derived = derive(missing);
        List<Row> out = new ArrayList<>(byCode.size());
        for (Row r : byCode.values()) {
            out.add(r.digest() != null || r.seq() == null ? r : r.withDigest(derived.get(r.seq())));
        }
        return out;
    }

    /** Derives the digests of these entries from their stored quotes and keeps them. */
    private Map<Long, EntryDigest> derive(List<Long> seqs) throws SQLException {
        Map<Long, EntryDigest> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT quote_json FROM ledger_entry WHERE seq = ?")) {
                for (long seq : seqs) {
                    ps.setLong(1, seq);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.put(seq, EntryDigest.of(seq, rs.getString(1), mapper));
                        }
                    }
                }
            }
            for (EntryDigest d : out.values()) {
                store(c, d);
            }
        }
        return out;
    }

    /** Keeps the digest of an entry just appended (see {@link CaseloadDigests}). */
    void store(EntryDigest d) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            store(c, d);
        }
    }

    private static void store(Connection c, EntryDigest d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO caseload_entry (seq, incentive_status, "
                + "incentive_amount, incentive_start, full_deadline, reduced_deadline, moved_out, pending_appraisal, "
                + "pending_negotiation, pending_committee, pending_other) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, d.seq());
            ps.setString(2, d.incentiveStatus());
            ps.setBigDecimal(3, d.incentiveAmount());
            setDate(ps, 4, d.incentiveStart());
            setDate(ps, 5, d.fullDeadline());
            setDate(ps, 6, d.reducedDeadline());
            setDate(ps, 7, d.movedOut());
            ps.setInt(8, d.pendingAppraisal());
            ps.setInt(9, d.pendingNegotiation());
            ps.setInt(10, d.pendingCommittee());
            ps.setInt(11, d.pendingOther());
            ps.executeUpdate();
        } catch (SQLException e) {
            // Another request derived the same digest first: the same facts of the same immutable entry.
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
        }
    }

    private static BigDecimal paid(BigDecimal sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static EntryDigest digest(ResultSet rs, int first) throws SQLException {
        long seq = rs.getLong(first);
        if (rs.wasNull()) {
            return null;
        }
        return new EntryDigest(seq, rs.getString(first + 1), rs.getBigDecimal(first + 2), localDate(rs, first + 3),
                localDate(rs, first + 4), localDate(rs, first + 5), localDate(rs, first + 6), rs.getInt(first + 7),
                rs.getInt(first + 8), rs.getInt(first + 9), rs.getInt(first + 10));
    }

    private static LocalDate localDate(ResultSet rs, int i) throws SQLException {
        Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }
}
