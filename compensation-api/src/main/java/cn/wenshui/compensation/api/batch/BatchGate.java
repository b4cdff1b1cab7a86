package cn.wenshui.compensation.api.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One workbook at a time per instance. Reading and quoting a workbook inside the limits (20,000 households,
 * 400,000 清单 rows) takes up to about 150 MiB of heap while it runs; three at once did not fit in the service's
 * heap and failed with OutOfMemoryError. An upload that finds another one running waits for it, first come first
 * served, up to {@code compensation.batch.queue-wait} (default 60 s), with at most
 * {@code compensation.batch.queue-length} uploads waiting (default 3); otherwise it is refused with {@link Busy}
 * (503 and Retry-After). Waiting holds a worker thread and the uploaded file on disk, not heap.
 */
@ApplicationScoped
public class BatchGate {
    @ConfigProperty(name = "compensation.batch.queue-wait", defaultValue = "60s")
    Duration queueWait;

    @ConfigProperty(name = "compensation.batch.queue-length", defaultValue = "3")
    int queueLength;

    @ConfigProperty(name = "compensation.batch.retry-after", defaultValue = "30s")
    Duration retryAfter;

    private final Semaphore slot = new Semaphore(1, true);
    private final AtomicInteger waiting = new AtomicInteger();

    /** Another workbook kept this one from starting in time; try again after {@link #retryAfterSeconds()}. */
    public static final class Busy extends RuntimeException {
        private final long retryAfterSeconds;
        private final boolean queueFull;

        Busy(long retryAfterSeconds, boolean queueFull) {
            super(queueFull ? "upload queue full" : "waited too long for the running batch", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
            this.queueFull = queueFull;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        public boolean queueFull() {
            return queueFull;
        }
    }

    /** Runs {@code work} when no other workbook is running; waits in line for its turn, within the bounds. */
    public <T> T run(Supplier<T> work) {
        boolean free;
        try {
            free = slot.tryAcquire(0, TimeUnit.MILLISECONDS); // unlike tryAcquire(), keeps the waiters' order
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(retryAfter.toSeconds(), false);
        }
        if (!free) {
            if (waiting.incrementAndGet() > queueLength) {
                waiting.decrementAndGet();
                throw new Busy(retryAfter.toSeconds(), true);
            }
            try {
                if (!slot.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new Busy(retryAfter.toSeconds(), false);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy(retryAfter.toSeconds(), false);
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return work.get();
        } finally {
            slot.release();
        }
    }

    /** How long an upload waits for its turn at most. */
    public Duration queueWait() {
        return queueWait;
    }

    /** Uploads waiting for their turn now. */
    public int waiting() {
        return waiting.get();
    }
}
