package cn.wenshui.compensation.api.privacy;

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
import java.util.Collection;
import java.util.List;

/**
 * Who read which household's personal data unmasked, when and for what (table personal_data_access, append-only).
 * Written on every unmasked read by a person, so that the office can answer 《个人信息保护法》's question "who has seen
 * this household's data". It names the household by its row id and never holds the data itself.
 */
@ApplicationScoped
public class AccessLog {
    /** Longest list one read returns; the newest come first. */
    public static final int MAX_ROWS = 500;

    private final AgroalDataSource dataSource;

    public AccessLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One read: when, by whom, why. */
    public record Access(Instant accessedAt, String principal, String purpose) {
    }

    /** Records one read by {@code principal} of each household row in {@code householdIds}, in one transaction. */
    public void record(String principal, Collection<Long> householdIds, String purpose) {
        if (householdIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO personal_data_access "
                    + "(accessed_at, principal, household_id, purpose) VALUES (?, ?, ?, ?)")) {
                for (Long id : householdIds) {
                    ps.setObject(1, now);
                    ps.setString(2, principal);
                    ps.setLong(3, id);
                    ps.setString(4, purpose);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            // The read must not go ahead unrecorded: the caller's request fails instead.
            throw new IllegalStateException("personal-data access log write failed", e);
        }
    }

    /** The reads of one household's data, newest first, at most {@link #MAX_ROWS}. */
    public List<Access> of(long householdId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT accessed_at, principal, purpose "
                     + "FROM personal_data_access WHERE household_id = ? ORDER BY accessed_at DESC, id DESC")) {
            ps.setLong(1, householdId);
            ps.setMaxRows(MAX_ROWS);
            List<Access> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Access(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                            rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("personal-data access log read failed", e);
        }
    }
}
