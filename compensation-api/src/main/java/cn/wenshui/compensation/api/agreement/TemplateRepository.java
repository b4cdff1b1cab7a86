package cn.wenshui.compensation.api.agreement;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Table agreement_template (V9): every upload and every revert, newest in force. */
@ApplicationScoped
public class TemplateRepository {
    private final AgroalDataSource dataSource;

    public TemplateRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The template in force: {@code content} null when it is the default one. */
    public record Stored(long id, byte[] content, String sha256, Instant uploadedAt, String uploadedBy) {
    }

    public Optional<Stored> current() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, content, sha256, uploaded_at, uploaded_by FROM agreement_template ORDER BY id DESC")) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(rs.getLong(1), rs.getBytes(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)));
            }
        }
    }

    /** Records a new template in force; {@code content} null reverts to the default. */
    public void add(byte[] content, String sha256, String by) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO agreement_template (content, sha256, size_bytes, uploaded_at, uploaded_by) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
            if (content == null) {
                ps.setNull(1, Types.BINARY);
                ps.setNull(2, Types.VARCHAR);
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setBytes(1, content);
                ps.setString(2, sha256);
                ps.setInt(3, content.length);
            }
            ps.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(5, by);
            ps.executeUpdate();
        }
    }
}
