package cn.wenshui.compensation.api;

import cn.wenshui.compensation.api.engine.DefaultSchedule;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged service's entry point: Quarkus's own start-up, with the schedule file read and checked on another
 * thread meanwhile (Quarkus starts on one thread; the schedule is ≈ 10 % of the time to the first answer).
 * Tests and dev mode start Quarkus without this class; the schedule is then read on first use.
 */
@QuarkusMain
public final class Main {
    private Main() {
    }

    public static void main(String... args) {
        DefaultSchedule.preload();
        Quarkus.run(args);
    }
}
