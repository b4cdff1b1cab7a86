package cn.wenshui.compensation.api.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checkpoints of the chain's head, written outside the database to an append-only text file
 * ({@code compensation.ledger.checkpoint-file}, default {@code data/ledger-checkpoints.log}): one line per
 * recorded head, {@code <kind> <entry id> <content hash> <UTC time>}. Every append records its entry once it has
 * committed; verification compares every line with the database, so a ledger cut back below a checkpoint
 * (truncation) or holding another entry where a checkpoint saw one (fork, rewrite) is reported.
 *
 * <p>Kinds: {@code append} (this service wrote the entry), {@code backfill} (entries written before MACs existed,
 * sealed at first start), {@code anchor} (the head found at a start with an empty file: trusted as found),
 * {@code seen} (the head read from the database for a print, when another instance wrote newer entries).
 */
@ApplicationScoped
public class Checkpoints {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final String HEADER = "# 台账链头校验点 ledger head checkpoints: <kind> <entry id> <content hash> "
            + "<recorded at, UTC>. Append-only: never edit; keep a copy off this host (docs/security.md).\n";

    public record Checkpoint(String kind, long seq, String hash, Instant at) {
        String line() {
            return kind + " " + seq + " " + hash + " " + at + "\n";
        }
    }

    private final Path path;
    private Checkpoint latest;
    private long count;
    private long unreadable;
    private boolean loaded;

    public Checkpoints(@ConfigProperty(name = "compensation.ledger.checkpoint-file",
            defaultValue = "data/ledger-checkpoints.log") String file) {
        this.path = Path.of(file);
    }

    Path path() {
        return path;
    }

    /** Appends a checkpoint. The line goes to the operating system before this returns (it survives kill -9). */
    synchronized Checkpoint record(String kind, long seq, String hash) {
        load();
        Checkpoint c = new Checkpoint(kind, seq, hash, Instant.now());
        try {
            Files.writeString(path, c.line(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the checkpoint file " + path, e);
        }
        count++;
        if (latest == null || seq >= latest.seq()) {
            latest = c;
        }
        return c;
    }

    /** The checkpoint with the highest entry id recorded so far (the latest written among equals). */
    synchronized Optional<Checkpoint> latest() {
        load();
        return Optional.ofNullable(latest);
    }

    synchronized long count() {
        load();
        return count;
    }

    /** Lines that are not checkpoints (e.g. a line cut short by a crash): reported, never fatal. */
    synchronized long unreadable() {
        load();
        return unreadable;
    }

    /** Reads the file afresh, handing the checkpoints over in batches of at most {@code size}. */
    void scan(int size, Consumer<List<Checkpoint>> batch) {
        if (!Files.exists(path)) {
            return;
        }
        List<Checkpoint> buffer = new ArrayList<>(size);
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                Checkpoint c = parse(line);
                if (c != null) {
                    buffer.add(c);
                    if (buffer.size() == size) {
                        batch.accept(buffer);
                        buffer = new ArrayList<>(size);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint file " + path, e);
        }
        if (!buffer.isEmpty()) {
            batch.accept(buffer);
        }
    }

    /** The checkpoints recorded for one entry (a forked entry has several, with different hashes). */
    List<Checkpoint> at(long seq) {
        List<Checkpoint> out = new ArrayList<>();
        scan(1000, b -> b.stream().filter(c -> c.seq() == seq).forEach(out::add));
        return out;
    }

    static Checkpoint parse(String line) {
        String[] f = line.split(" ");
        if (f.length != 4 || !HASH.matcher(f[2]).matches()) {
            return null;
        }
        try {
            return new Checkpoint(f[0], Long.parseLong(f[1]), f[2], Instant.parse(f[3]));
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /**
     * On first use: creates the file (owner-only) with its header, ends a line a crash cut short, and finds the
     * latest checkpoint.
     */
    private void load() {
        if (loaded) {
            return;
        }
        try {
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            if (!Files.exists(path)) {
                try {
                    Files.createFile(path, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(path);
                }
                Files.writeString(path, HEADER, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
                if (f.length() > 0) {
                    f.seek(f.length() - 1);
                    if (f.read() != '\n') {
                        f.write('\n');
                    }
                }
            }
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    Checkpoint c = parse(line);
                    if (c == null) {
                        unreadable++;
                    } else {
                        count++;
                        if (latest == null || c.seq() >= latest.seq()) {
                            latest = c;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the checkpoint file " + path, e);
        }
        loaded = true;
    }
}
