package cn.wenshui.compensation.api.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Appraisal firms' API keys. A key is {@code wsk_<prefix>_<secret>}: the prefix (8 characters) is public and names the
 * key in lists and logs; the secret is 32 bytes from SecureRandom, base64url. Only the SHA-256 of the whole key is
 * stored. A slow password hash is not needed: the key carries 256 bits of entropy, so no dictionary or brute-force
 * search can find it from its hash, while every API request must check it quickly (docs/security.md).
 */
@ApplicationScoped
public class ApiKeys {
    public static final String TOKEN_PREFIX = "wsk_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final AgroalDataSource dataSource;

    public ApiKeys(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A key as listed: everything but the secret (which is not stored) and its hash. */
    public record KeyView(long id, String prefix, String firm, Instant createdAt, String createdBy,
                          Instant revokedAt, String revokedBy) {
        @com.fasterxml.jackson.annotation.JsonProperty("active")
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A newly issued key: the only time the secret exists outside the caller's hands. */
    public record Issued(KeyView key, String secret) {
    }

    public Issued issue(String firm, String createdBy) {
        for (int attempt = 0; ; attempt++) {
            byte[] p = new byte[6];
            RANDOM.nextBytes(p);
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String prefix = B64.encodeToString(p).replace('-', 'x').replace('_', 'y');
            String key = TOKEN_PREFIX + prefix + "_" + B64.encodeToString(secret);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO api_key (prefix, key_hash, firm, created_at, "
                         + "created_by) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, prefix);
                ps.setString(2, hash(key));
                ps.setString(3, firm);
                ps.setObject(4, now.atOffset(ZoneOffset.UTC));
                ps.setString(5, createdBy);
                ps.executeUpdate();
                long id;
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                return new Issued(new KeyView(id, prefix, firm, now, createdBy, null, null), key);
            } catch (SQLException e) {
                if (attempt >= 3) { // a prefix collision (1 in 2^48) is retried; anything else is a real failure
                    throw new IllegalStateException("cannot store an API key", e);
                }
            }
        }
    }

    /** The active key with this exact value, if any. Unknown and revoked keys are alike to the caller. */
    public Optional<KeyView> authenticate(String presented) {
        if (presented == null || !presented.startsWith(TOKEN_PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        return query("WHERE key_hash = ? AND revoked_at IS NULL", hash(presented)).stream().findFirst();
    }

    public List<KeyView> list() {
        return query("ORDER BY id", null);
    }

    public Optional<KeyView> find(long id) {
        return query("WHERE id = ?", id).stream().findFirst();
    }

    /** Revokes a key (idempotent: a revoked key keeps its first revocation). Empty if there is no such key. */
    public Optional<KeyView> revoke(long id, String by) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")) {
            ps.setObject(1, Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
            ps.setString(2, by);
            ps.setLong(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot revoke API key " + id, e);
        }
        return find(id);
    }

    /** SHA-256 of the key, hex: the stored form (a key is random, so no salt is needed). */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<KeyView> query(String where, Object arg) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, prefix, firm, created_at, created_by, revoked_at, "
                     + "revoked_by FROM api_key " + where)) {
            if (arg != null) {
                ps.setObject(1, arg);
            }
            List<KeyView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime revoked = rs.getObject(6, OffsetDateTime.class);
                    out.add(new KeyView(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                            revoked == null ? null : revoked.toInstant(), rs.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read API keys", e);
        }
    }
}
