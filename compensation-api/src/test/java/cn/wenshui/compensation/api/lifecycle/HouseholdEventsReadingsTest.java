package cn.wenshui.compensation.api.lifecycle;

import static cn.wenshui.compensation.api.lifecycle.EventFixtures.*;
import static org.hamcrest.Matchers.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The events under the alternative readings of I-33 (NEXT_WORKING_DAY) and I-34 (FIRST_INSTALMENT); the defaults are
 * pinned by {@link HouseholdEventsContract}. The same events give other dates and amounts, from the core's rule.
 */
@QuarkusTest
@TestProfile(AlternativeReadingsProfile.class)
@DisplayName("住户事件:解释I-33 NEXT_WORKING_DAY 与 I-34 FIRST_INSTALMENT")
class HouseholdEventsReadingsTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("解释I-33 NEXT_WORKING_DAY:付清于2023-07-05,第45日2023-08-19为周六,顺延至周一2023-08-21;2023-08-20搬迁得 3万元")
    void holidayMovesTheDeadline() throws Exception {
        String code = household(dataSource, null);
        long first = quote(code);
        published(code);
        ok(code, "SIGNED", "2023-07-01", null);
        ok(code, "PAYMENT", "2023-07-05", "\"amount\": 12000, \"final\": true");
        events(code, "2023-08-19").then().statusCode(200)
                .body("incentive.reducedDeadline", is("2023-08-21"))
                .body("incentive.daysLeftReduced", is(2))
                .body("incentive.holidayReading", is("NEXT_WORKING_DAY"));
        ok(code, "MOVED_OUT", "2023-08-20", null);
        events(code, null).then().body("incentive.status", is("DECIDED")).body("incentive.dayNumber", is(46))
                .body("incentive.amount", is(30000.00f))
                .body("currentEntry", not(is((int) first)));
        event(code, "INCENTIVE_DECIDED", "2023-08-22", null).then().statusCode(201)
                .body("event.amount", is(30000.00f));
    }

    @Test
    @DisplayName("解释I-34 FIRST_INSTALMENT:首期2023-07-05起算,付清2023-07-20;2023-08-10搬迁为第36日,得 3万元")
    void firstInstalmentStartsTheCount() throws Exception {
        String code = household(dataSource, null);
        quote(code);
        published(code);
        ok(code, "SIGNED", "2023-07-01", null);
        event(code, "PAYMENT", "2023-07-05", "\"amount\": 6000").then().statusCode(201)
                .body("state", is("PARTLY_PAID")).body("reissuedEntry", notNullValue());
        events(code, null).then().body("dates.compensationPaid", is("2023-07-05"))
                .body("incentive.status", is("AWAITING_MOVE_OUT")).body("incentive.fullDeadline", is("2023-08-04"))
                .body("incentive.instalmentsReading", is("FIRST_INSTALMENT"));
        ok(code, "PAYMENT", "2023-07-20", "\"amount\": 6000, \"final\": true");
        ok(code, "MOVED_OUT", "2023-08-10", null);
        events(code, null).then().body("dates.compensationPaid", is("2023-07-05"))
                .body("incentive.dayNumber", is(36)).body("incentive.amount", is(30000.00f));
    }
}
