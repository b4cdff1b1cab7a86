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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff and auditor accounts: username, role and a bcrypt hash of the password (table app_user).
 *
 * <p>bcrypt at cost 12 takes a quarter of a second of CPU by design, which is right for a log-in form but made
 * every HTTP Basic request of a script cost that much (2 requests/s on two cores). So a password that bcrypt
 * has accepted is remembered for a short while as an HMAC under a key that lives only in this process's memory
 * (never the password, never stored); a later request with the same username and password skips bcrypt as long as
 * the stored hash is unchanged and the user still active (read on every request), so a changed password or a
 * disabled account takes effect at once.
 */
@ApplicationScoped
public class Users {
    private final AgroalDataSource dataSource;
    private final int cost;
    private final long rememberNanos;
    /** A hash no password matches quickly: checked for unknown users so they take as long as known ones. */
    private volatile String dummyHash;
    private final byte[] macKey = new byte[32];
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    /** bcrypt comparisons under way, by username, password HMAC and stored hash ({@link #compare}). */
    private final Map<String, CompletableFuture<Boolean>> comparing = new ConcurrentHashMap<>();
    private final LongAdder comparisons = new LongAdder();
    /** One HMAC per request thread: {@code Mac.getInstance} was ≈ 2 % of the service's CPU under load. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /** A password bcrypt accepted: its HMAC, the stored hash it matched, and until when it is remembered. */
    private record Accepted(byte[] mac, String passwordHash, long untilNanos) {
    }

    public Users(AgroalDataSource dataSource,
                 @ConfigProperty(name = "compensation.security.bcrypt-cost", defaultValue = "12") int cost,
                 @ConfigProperty(name = "compensation.security.remember-password-seconds", defaultValue = "300")
                 long rememberSeconds) {
        this.dataSource = dataSource;
        this.cost = cost;
        this.rememberNanos = TimeUnit.SECONDS.toNanos(Math.max(0, rememberSeconds));
        new SecureRandom().nextBytes(macKey);
    }

    /** Made on first use, not at start-up: one bcrypt at cost 12 is a quarter of a second of start-up CPU. */
    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            synchronized (this) {
                h = dummyHash;
                if (h == null) {
                    h = BcryptUtil.bcryptHash("no user has this password " + System.nanoTime(), cost);
                    dummyHash = h;
                }
            }
        }
        return h;
    }

    public record User(long id, String username, String passwordHash, String role, String displayName,
                       Instant createdAt, String createdBy, Instant disabledAt, Instant sessionsRevokedAt) {
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
                    return Optional.of(new User(rs.getLong(1), username, hash, role, displayName, now, by, null, null));
                }
            }
        } catch (SQLException e) {
            if (find(username).isPresent()) { // lost a race for the same name: the UNIQUE constraint decided
                return Optional.empty();
            }
            throw new IllegalStateException("cannot create user", e);
        }
    }

    public Optional<User> find(long id) {
        return query("WHERE id = ?", id).stream().findFirst();
    }

    /**
     * Ends every session of the user that exists now: a session cookie written up to this instant is refused from
     * the next request on ({@link TrustedUserIdentityProvider}). Logout, disabling and a new password call it.
     */
    public void revokeSessions(String username) {
        update("UPDATE app_user SET sessions_revoked_at = ? WHERE username = ?", now(), username);
        accepted.remove(username);
    }

    /** Disables the account and ends its sessions; a disabled account stays disabled (its first date kept). */
    public Optional<User> disable(long id) {
        Optional<User> u = find(id);
        u.ifPresent(user -> {
            update("UPDATE app_user SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL", now(), id);
            revokeSessions(user.username());
        });
        return find(id);
    }

    /** Sets a new password (bcrypt) and ends the account's sessions and remembered Basic passwords. */
    public Optional<User> setPassword(long id, char[] password) {
        Optional<User> u = find(id);
        u.ifPresent(user -> {
            update("UPDATE app_user SET password_hash = ? WHERE id = ?", BcryptUtil.bcryptHash(new String(password),
                    cost), id);
            revokeSessions(user.username());
        });
        return find(id);
    }

    private static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    private void update(String sql, Object value, Object key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, value);
            ps.setObject(2, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update user", e);
        }
    }

    /**
     * The active user whose password this is. Always runs one bcrypt comparison, also for unknown or disabled
     * users, so the answer time does not tell which usernames exist.
     */
    public Optional<User> check(String username, char[] password) {
        String name = username == null ? "" : username;
        Optional<User> u = username == null ? Optional.empty() : find(username);
        byte[] mac = mac(name, password);
        boolean known = u.isPresent() && u.get().active();
        String hash = known ? u.get().passwordHash() : dummyHash();
        BooleanSupplier remembered = () -> {
            Accepted a = known && rememberNanos > 0 ? accepted.get(name) : null;
            return a != null && System.nanoTime() - a.untilNanos() < 0 && a.passwordHash().equals(hash)
                    && MessageDigest.isEqual(a.mac(), mac);
        };
        if (remembered.getAsBoolean()) {
            return u;
        }
        boolean ok = compare(name, mac, password, hash, remembered, () -> {
            if (known && rememberNanos > 0) {
                accepted.put(name, new Accepted(mac, hash, System.nanoTime() + rememberNanos));
            }
        });
        if (ok && known) {
            return u;
        }
        accepted.remove(name);
        return Optional.empty();
    }

    /**
     * One bcrypt per credentials at a time. When a remembered password expired, every request of a script's burst
     * missed at once and ran its own bcrypt: under 16 concurrent requests the service answered nothing for ≈ 2.5 s
     * once every remember period (docs/performance.md, section 2). Requests with the same username, password and
     * stored hash now wait for the comparison under way — unknown users and wrong passwords alike, so waiting tells
     * nothing about which usernames exist. {@code onMatch} remembers the password before the comparison is let go,
     * and whoever starts a comparison first looks again whether it is remembered by now, so a request arriving as
     * another's comparison ends does not run a second one.
     */
    private boolean compare(String name, byte[] mac, char[] password, String hash, BooleanSupplier remembered,
                            Runnable onMatch) {
        String key = name + '\0' + HexFormat.of().formatHex(mac) + '\0' + hash;
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = comparing.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            if (remembered.getAsBoolean()) {
                mine.complete(true);
                return true;
            }
            comparisons.increment();
            boolean ok = BcryptUtil.matches(new String(password), hash);
            if (ok) {
                onMatch.run();
            }
            mine.complete(ok);
            return ok;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            comparing.remove(key, mine);
        }
    }

    /** bcrypt comparisons run since start (one per burst of requests with the same credentials). */
    public long comparisons() {
        return comparisons.sum();
    }

    private byte[] mac(String username, char[] password) {
        Mac m = macs.get();
        m.reset(); // nothing left over should an earlier call have failed half-way
        m.update(username.getBytes(StandardCharsets.UTF_8));
        m.update((byte) 0);
        return m.doFinal(new String(password).getBytes(StandardCharsets.UTF_8)); // doFinal also resets m
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
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
                     + "created_at, created_by, disabled_at, sessions_revoked_at FROM app_user " + where)) {
            if (arg != null) {
                ps.setObject(1, arg);
            }
            List<User> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime disabled = rs.getObject(8, OffsetDateTime.class);
                    OffsetDateTime revoked = rs.getObject(9, OffsetDateTime.class);
                    out.add(new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7),
                            disabled == null ? null : disabled.toInstant(), revoked == null ? null : revoked.toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read users", e);
        }
    }
}
