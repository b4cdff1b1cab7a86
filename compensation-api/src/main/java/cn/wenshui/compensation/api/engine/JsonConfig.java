package cn.wenshui.compensation.api.engine;

import cn.wenshui.compensation.json.JsonSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Quarkus's ObjectMapper gets the project's one JSON set-up ({@link JsonSettings}, shared with the benchmarks). */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        JsonSettings.apply(mapper);
    }
}
