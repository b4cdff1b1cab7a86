package cn.wenshui.compensation.api.household;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to table household (V5), portable across H2 and PostgreSQL. */
@ApplicationScoped
public class HouseholdRepository {
    private static final String COLUMNS = "id, code, head_name, id_number, village, group_name, address, phone, "
            + "bank_name, bank_account, appraisal_firm, notes, state, created_at, created_by, updated_at, updated_by, "
            + "row_version";
    /** SQLSTATE of a unique-constraint violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final AgroalDataSource dataSource;

    public HouseholdRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Thrown when the 编号 is taken already. */
    static final class DuplicateCode extends Exception {
        DuplicateCode() {
            super("duplicate household code", null, false, false);
        }
    }

    /** Search filters (null: any), the firm a restricted reader sees (null: all) and the order. */
    record Criteria(String nameFragment, String code, String village, String group, HouseholdState state,
                    String firm, boolean byCode) {
    }

    record Page(List<Household> rows, long total) {
    }

    Household insert(String code, Household.Facts f, HouseholdState state, String principal, Instant now)
            throws SQLException, DuplicateCode {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO household (code, head_name, id_number, village, "
                     + "group_name, address, phone, bank_name, bank_account, appraisal_firm, notes, state, created_at, "
                     + "created_by, updated_at, updated_by, row_version) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            ps.setString(1, code);
            int i = facts(ps, 2, f);
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            ps.setString(i++, state.name());
            ps.setObject(i++, at);
            ps.setString(i++, principal);
            ps.setObject(i++, at);
            ps.setString(i, principal);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new DuplicateCode();
            }
            throw e;
        }
        return find(code).orElseThrow(() -> new SQLException("inserted household not found"));
    }

    /**
     * Replaces the facts if the row is still at {@code expectedVersion}; false when it is not (or is gone): the
     * caller tells which.
     */
    boolean update(String code, Household.Facts f, int expectedVersion, String principal, Instant now)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE household SET head_name = ?, id_number = ?, "
                     + "village = ?, group_name = ?, address = ?, phone = ?, bank_name = ?, bank_account = ?, "
                     + "appraisal_firm = ?, notes = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                     + "WHERE code = ? AND row_version = ?")) {
            int i = facts(ps, 1, f);
            ps.setObject(i++, now.atOffset(ZoneOffset.UTC));
            ps.setString(i++, principal);
            ps.setString(i++, code);
            ps.setInt(i, expectedVersion);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Household> find(String code) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM household WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    Page search(Criteria q, int page, int size) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.nameFragment() != null) {
            where.append(" AND head_name LIKE ? ESCAPE '!'");
            args.add("%" + like(q.nameFragment()) + "%");
        }
        if (q.code() != null) {
            where.append(" AND code LIKE ? ESCAPE '!'");
            args.add(like(q.code()) + "%");
        }
        if (q.village() != null) {
            where.append(" AND village = ?");
            args.add(q.village());
        }
        if (q.group() != null) {
            where.append(" AND group_name = ?");
            args.add(q.group());
        }
        if (q.state() != null) {
            where.append(" AND state = ?");
            args.add(q.state().name());
        }
        if (q.firm() != null) {
            where.append(" AND appraisal_firm = ?");
            args.add(q.firm());
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM household" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            String order = q.byCode() ? " ORDER BY code" : " ORDER BY created_at DESC, id DESC";
            List<Household> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM household" + where + order
                    + " LIMIT ? OFFSET ?")) {
                int i = bind(ps, args);
                ps.setInt(i++, size);
                ps.setLong(i, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return new Page(rows, total);
        }
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            ps.setString(i++, (String) a);
        }
        return i;
    }

    /** A LIKE pattern matching {@code s} literally ('!' escapes). */
    private static String like(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static int facts(PreparedStatement ps, int i, Household.Facts f) throws SQLException {
        ps.setString(i++, f.headName());
        ps.setString(i++, f.idNumber());
        ps.setString(i++, f.village());
        ps.setString(i++, f.group());
        ps.setString(i++, f.address());
        ps.setString(i++, f.phone());
        ps.setString(i++, f.bankName());
        ps.setString(i++, f.bankAccount());
        ps.setString(i++, f.appraisalFirm());
        ps.setString(i++, f.notes());
        return i;
    }

    private static Household row(ResultSet rs) throws SQLException {
        return new Household(rs.getLong("id"), rs.getString("code"),
                new Household.Facts(rs.getString("head_name"), rs.getString("id_number"), rs.getString("village"),
                        rs.getString("group_name"), rs.getString("address"), rs.getString("phone"),
                        rs.getString("bank_name"), rs.getString("bank_account"), rs.getString("appraisal_firm"),
                        rs.getString("notes")),
                HouseholdState.valueOf(rs.getString("state")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"),
                rs.getInt("row_version"));
    }
}
