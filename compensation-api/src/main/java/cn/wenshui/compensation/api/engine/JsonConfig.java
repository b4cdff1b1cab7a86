package cn.wenshui.compensation.api.engine;

import cn.wenshui.compensation.json.JsonSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Quarkus's ObjectMapper gets the project's one JSON set-up ({@link JsonSettings}, shared with the benchmarks). */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {
    public static final int MAX_NESTING = JsonSettings.MAX_NESTING;
    public static final int MAX_SCALE = JsonSettings.MAX_SCALE;

    @Override
    public void customize(ObjectMapper mapper) {
        JsonSettings.apply(mapper);
    }

    public static ObjectMapper apply(ObjectMapper mapper) {
        return JsonSettings.apply(mapper);
    }
}
