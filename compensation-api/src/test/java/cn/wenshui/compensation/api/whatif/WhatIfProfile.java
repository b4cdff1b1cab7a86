package cn.wenshui.compensation.api.whatif;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A deployment that added the made-up amendment (test fixture, version 2, in force from 2025-01-01) beside the
 * regulation's version 1: new quotes use version 2 by date (I-53), entries made under version 1 stay as they are.
 */
public class WhatIfProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("compensation.schedules.extra", "classpath:" + "/schedules/fixtures/wenzhengfa-2023-6.v2-fixture.yaml");
    }
}
