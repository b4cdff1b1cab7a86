package cn.wenshui.compensation.api.lifecycle;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The other options of I-33 and I-34: deadlines move to the next working day; the first instalment starts the count. */
public class AlternativeReadingsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("compensation.readings.incentive-deadline-holiday", "NEXT_WORKING_DAY",
                "compensation.readings.incentive-instalments", "FIRST_INSTALMENT");
    }
}
