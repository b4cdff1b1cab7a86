package cn.wenshui.compensation.api.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Staff and auditor accounts: username, role and a bcrypt hash of the password (table app_user). */
@ApplicationScoped
public class Users {
    private final AgroalDataSource dataSource;
    private final int cost;
    /** A hash no password matches quickly: checked for unknown users so they take as long as known ones. */
    private final String dummyHash;

    public Users(AgroalDataSource dataSource,
                 @ConfigProperty(name = "compensation.security.bcrypt-cost", defaultValue = "12") int cost) {
        this.dataSource = dataSource;
        this.cost = cost;
        this.dummyHash = BcryptUtil.bcryptHash("no user has this password " + System.nanoTime(), cost);
    }

    public record User(long id, String username, String passwordHash, String role, String displayName,
                       Instant createdAt, String createdBy, Instant disabledAt) {
        public boolean active() {
            return disabledAt == null;
        }
    }

    /** A user as shown by the admin endpoints: without the hash. */
    public record UserView(long id, String username, String role, String displayName, Instant createdAt,
                           String createdBy, boolean active) {
        static UserView of(User u) {
            return new UserView(u.id(), u.username(), u.role(), u.displayName(), u.createdAt(), u.createdBy(),
                    u.active());
        }
    }

    public long count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_user");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count users", e);
        }
    }

    public Optional<User> find(String username) {
        return query("WHERE username = ?", username).stream().findFirst();
    }

    public List<User> list() {
        return query("ORDER BY id", null);
    }

    /** Creates a user; empty if the username is taken. */
    public Optional<User> create(String username, char[] password, String role, String displayName, String by) {
        String hash = BcryptUtil.bcryptHash(new String(password), cost);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            if (find(c, username)) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (username, password_hash, role, "
                    + "display_name, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setString(2, hash);
                ps.setString(3, role);
                ps.setString(4, displayName);
                ps.setObject(5, now.atOffset(ZoneOffset.UTC));
                ps.setString(6, by);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return Optional.of(new User(rs.getLong(1), username, hash, role, displayName, now, by, null));
                }
            }
        } catch (SQLException e) {
            if (find(username).isPresent()) { // lost a race for the same name: the UNIQUE constraint decided
                return Optional.empty();
            }
            throw new IllegalStateException("cannot create user", e);
        }
    }

    /**
     * The active user whose password this is. Always runs one bcrypt comparison, also for unknown or disabled
     * users, so the answer time does not tell which usernames exist.
     */
    public Optional<User> check(String username, char[] password) {
        Optional<User> u = username == null ? Optional.empty() : find(username);
        String hash = u.filter(User::active).map(User::passwordHash).orElse(dummyHash);
        boolean ok = BcryptUtil.matches(new String(password), hash);
        return ok && u.isPresent() && u.get().active() ? u : Optional.empty();
    }

    private static boolean find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<User> query(String where, Object arg) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, username, password_hash, role, display_name, "
                     + "created_at, created_by, disabled_at FROM app_user " + where)) {
            if (arg != null) {
                ps.setObject(1, arg);
            }
            List<User> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime disabled = rs.getObject(8, OffsetDateTime.class);
                    out.add(new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7),
                            disabled == null ? null : disabled.toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read users", e);
        }
    }
}
