package cn.wenshui.compensation.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Secret keys kept in files outside the database (the session key, the ledger's MAC key): read, or made once. */
public final class KeyFiles {
    private KeyFiles() {
    }

    /**
     * The key in {@code path}, or a new random key of {@code bytes} bytes (base64) written there, readable by its owner
     * only. The new key is written to a private temporary file and linked into place, never replacing a key already
     * there, so no reader sees a partial key and two starts cannot each keep a different one.
     */
    public static String loadOrCreate(Path path, int bytes) throws IOException {
        if (Files.exists(path)) {
            return Files.readString(path, StandardCharsets.US_ASCII).trim();
        }
        if (path.toAbsolutePath().getParent() != null) {
            Files.createDirectories(path.toAbsolutePath().getParent());
        }
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        String key = Base64.getEncoder().encodeToString(random);
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp); // not a POSIX file system: rely on the folder's permissions
        }
        Files.writeString(tmp, key + "\n", StandardCharsets.US_ASCII);
        try {
            Files.createLink(path, tmp);
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(path, StandardCharsets.US_ASCII).trim();
        } finally {
            Files.deleteIfExists(tmp);
        }
        return key;
    }
}
