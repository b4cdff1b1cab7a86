package cn.wenshui.compensation.api.ledger;

import cn.wenshui.compensation.api.security.KeyFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals ledger entries (HMAC-SHA256), kept outside the database: {@code compensation.ledger.mac-key}
 * (base64, at least 32 bytes; env COMPENSATION_LEDGER_MAC_KEY) or, unset, the file
 * {@code compensation.ledger.mac-key-file} (default {@code data/ledger-mac.key}), created with 32 random bytes and
 * owner-only permissions on first start. Losing the key makes every MAC unverifiable: back it up apart from the
 * database (docs/security.md).
 */
@ApplicationScoped
public class LedgerKey {
    static final int MIN_BYTES = 32;

    private final SecretKeySpec key;

    public LedgerKey(@ConfigProperty(name = "compensation.ledger.mac-key") Optional<String> configured,
                     @ConfigProperty(name = "compensation.ledger.mac-key-file", defaultValue = "data/ledger-mac.key")
                     String file) {
        String base64 = configured.filter(s -> !s.isBlank()).orElseGet(() -> loadOrCreate(Path.of(file)));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the ledger MAC key is not base64", e);
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("the ledger MAC key must be at least " + MIN_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The entry's MAC, hex. */
    String mac(StoredEntry e) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return HexFormat.of().formatHex(m.doFinal(e.macPreimage().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 unavailable", ex);
        }
    }

    /**
     * The MAC of another record kept beside the ledger under the same key (e.g. a household's events); the caller
     * gives its own versioned preimage, so no two kinds of record share one.
     */
    public String mac(String preimage) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return HexFormat.of().formatHex(m.doFinal(preimage.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 unavailable", ex);
        }
    }

    public boolean matches(String preimage, String storedMac) {
        return storedMac != null && MessageDigest.isEqual(mac(preimage).getBytes(StandardCharsets.US_ASCII),
                storedMac.trim().getBytes(StandardCharsets.US_ASCII));
    }

    boolean matches(StoredEntry e) {
        return e.mac() != null && MessageDigest.isEqual(mac(e).getBytes(StandardCharsets.US_ASCII),
                e.mac().trim().getBytes(StandardCharsets.US_ASCII));
    }

    static String loadOrCreate(Path path) {
        try {
            return KeyFiles.loadOrCreate(path, MIN_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger MAC key file " + path
                    + "; set compensation.ledger.mac-key instead", e);
        }
    }
}
