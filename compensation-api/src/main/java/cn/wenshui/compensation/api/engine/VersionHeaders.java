package cn.wenshui.compensation.api.engine;

import cn.wenshui.compensation.quote.QuoteEngine;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every HTTP response names the schedule version and the engine version that stand behind it. */
@ApplicationScoped
public class VersionHeaders {
    public static final String SCHEDULE = "X-Schedule-Version";
    public static final String ENGINE = "X-Engine-Version";

    void install(@Observes Router router, EngineRegistry registry) {
        registry.latest(); // a schedule that fails its checks stops the start here
        router.route().order(-100).handler(rc -> {
            var s = registry.latest();
            rc.response().putHeader(SCHEDULE, s.id() + "/" + s.version());
            rc.response().putHeader(ENGINE, QuoteEngine.VERSION);
            rc.next();
        });
    }
}
