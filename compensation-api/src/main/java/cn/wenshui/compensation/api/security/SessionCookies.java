package cn.wenshui.compensation.api.security;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a form-login session cookie was written. Quarkus's cookie is AES-GCM over "expiry:username" with the
 * SHA-256 of {@code quarkus.http.auth.session.encryption-key} as key, and it is rewritten (new expiry) while the
 * session is in use; the expiry less the idle timeout is the moment it was written. A session is revoked by
 * refusing cookies written up to the revocation (SessionRevocationTest pins this reading of Quarkus's format: if
 * it ever changes, cookies cannot be read and revoked users' sessions are refused, never let through).
 */
@ApplicationScoped
public class SessionCookies {
    private final String cookieName;
    private final Duration timeout;
    private final Optional<String> encryptionKey;

    public SessionCookies(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
                          String cookieName,
                          @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration timeout,
                          @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> encryptionKey) {
        this.cookieName = cookieName;
        this.timeout = timeout;
        this.encryptionKey = encryptionKey;
    }

    /** Tells the browser to drop the session cookie. */
    public void clear(RoutingContext rc) {
        rc.response().addCookie(Cookie.cookie(cookieName, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSameSite(io.vertx.core.http.CookieSameSite.STRICT).setSecure(rc.request().isSSL()));
    }

    /** When this request's session cookie was written; empty if there is none or it cannot be read. */
    public Optional<Instant> writtenAt(RoutingContext rc) {
        if (rc == null || encryptionKey.isEmpty()) {
            return Optional.empty();
        }
        Cookie c = rc.request().getCookie(cookieName);
        if (c == null) {
            return Optional.empty();
        }
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(encryptionKey.get().getBytes(StandardCharsets.UTF_8));
            ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(c.getValue().getBytes(StandardCharsets.UTF_8)));
            byte[] iv = new byte[b.get()];
            b.get(iv);
            byte[] sealed = new byte[b.remaining()];
            b.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            String plain = new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            long expiresAt = Long.parseLong(plain.substring(0, colon));
            return Optional.of(Instant.ofEpochMilli(expiresAt).minus(timeout));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
