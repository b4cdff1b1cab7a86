package cn.wenshui.compensation.api.engine;

import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The default schedule file, read once per process: begun early by {@link #preload()} (from the service's main, so
 * that it overlaps Quarkus's start-up), or read on first use when nothing began it. A schedule that fails its checks
 * fails the same way either way: its {@code ScheduleException} is thrown to whoever first asks (at start-up,
 * {@code VersionHeaders}), and the service does not start.
 */
public final class DefaultSchedule {
    private static FutureTask<Schedule> loading;

    private DefaultSchedule() {
    }

    /** Starts reading the schedule on a daemon thread; later calls do nothing. */
    public static synchronized void preload() {
        if (loading == null) {
            loading = new FutureTask<>(ScheduleLoader::loadDefault);
            Thread thread = new Thread(loading, "schedule-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The schedule, waiting for the preload if one is running. */
    static Schedule get() {
        FutureTask<Schedule> task;
        synchronized (DefaultSchedule.class) {
            if (loading == null) {
                loading = new FutureTask<>(ScheduleLoader::loadDefault);
                task = loading;
                task.run();
            } else {
                task = loading;
            }
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the schedule", e);
        }
    }
}
