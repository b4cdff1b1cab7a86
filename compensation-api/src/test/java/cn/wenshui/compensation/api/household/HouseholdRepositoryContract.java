package cn.wenshui.compensation.api.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wenshui.compensation.api.privacy.AccessLog;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the household repository and the access log must do on every database (H2 and PostgreSQL subclasses). */
abstract class HouseholdRepositoryContract {
    @Inject
    HouseholdRepository repository;

    @Inject
    AccessLog accessLog;

    private static Household.Facts facts(String name, String village, String firm) {
        return new Household.Facts(name, "141122198001011230", village, "一组", "东街1号", "13812345678", "信用社",
                "6222021234567890123", firm, "备注\n第二行");
    }

    @Test
    @DisplayName("登记后按编号读回全部事实、时间与版本 0;编号重复时报 DuplicateCode")
    void insertFindDuplicate() throws Exception {
        String code = "R-" + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Household h = repository.insert(code, facts("王建国", "堡子村", "甲公司"), HouseholdState.REGISTERED, "s1", now);
        assertThat(h.code()).isEqualTo(code);
        assertThat(h.facts()).isEqualTo(facts("王建国", "堡子村", "甲公司"));
        assertThat(h.state()).isEqualTo(HouseholdState.REGISTERED);
        assertThat(h.createdAt()).isEqualTo(now);
        assertThat(h.version()).isZero();
        assertThatThrownBy(() -> repository.insert(code, facts("李四", "堡子村", null), HouseholdState.REGISTERED,
                "s2", now)).isInstanceOf(HouseholdRepository.DuplicateCode.class);
        assertThat(repository.find(code).orElseThrow().facts().headName()).isEqualTo("王建国");
    }

    @Test
    @DisplayName("修改只在版本一致时生效,版本加一;过期版本不改任何内容")
    void optimisticUpdate() throws Exception {
        String code = "U-" + UUID.randomUUID();
        repository.insert(code, facts("王建国", "堡子村", null), HouseholdState.REGISTERED, "s1", Instant.now());
        assertThat(repository.update(code, facts("王建华", "堡子村", null), 0, "s2", Instant.now())).isTrue();
        assertThat(repository.update(code, facts("王某", "堡子村", null), 0, "s3", Instant.now())).isFalse();
        Household h = repository.find(code).orElseThrow();
        assertThat(h.facts().headName()).isEqualTo("王建华");
        assertThat(h.version()).isEqualTo(1);
        assertThat(h.updatedBy()).isEqualTo("s2");
        assertThat(repository.update("NO-" + code, facts("王某", "堡子村", null), 0, "s3", Instant.now())).isFalse();
    }

    @Test
    @DisplayName("查询:姓名片段(通配符按字面)、编号前缀、村、组、状态、机构;总数与分页;按编号排序")
    void search() throws Exception {
        String village = "村-" + UUID.randomUUID();
        String prefix = "S-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < 7; i++) {
            repository.insert(prefix + i, facts(i == 3 ? "张_%三" : "李" + i, village, i % 2 == 0 ? "甲" : "乙"),
                    HouseholdState.REGISTERED, "s1", t.plusSeconds(i));
        }
        var all = repository.search(new HouseholdRepository.Criteria(null, null, village, null, null, null, false), 0,
                3);
        assertThat(all.total()).isEqualTo(7);
        assertThat(all.rows()).extracting(Household::code).containsExactly(prefix + 6, prefix + 5, prefix + 4);
        var byCode = repository.search(new HouseholdRepository.Criteria(null, prefix, null, null, null, null, true),
                2, 3);
        assertThat(byCode.rows()).extracting(Household::code).containsExactly(prefix + 6);
        assertThat(repository.search(new HouseholdRepository.Criteria("_%", null, village, null, null, null, false),
                0, 10).rows()).extracting(Household::code).containsExactly(prefix + 3);
        assertThat(repository.search(new HouseholdRepository.Criteria(null, null, village, "一组",
                HouseholdState.REGISTERED, "乙", false), 0, 10).total()).isEqualTo(3);
        assertThat(repository.search(new HouseholdRepository.Criteria(null, null, village, null,
                HouseholdState.SIGNED, null, false), 0, 10).total()).isZero();
    }

    @Test
    @DisplayName("访问记录:一次写入多户,按户读回,最新在前")
    void accessLog() throws Exception {
        String code = "A-" + UUID.randomUUID();
        Household a = repository.insert(code, facts("王建国", "堡子村", null), HouseholdState.REGISTERED, "s1",
                Instant.now());
        Household b = repository.insert(code + "b", facts("王建国", "堡子村", null), HouseholdState.REGISTERED, "s1",
                Instant.now());
        accessLog.record("s1", List.of(a.id(), b.id()), "api:search");
        Thread.sleep(5);
        accessLog.record("s2", List.of(a.id()), "page:detail");
        assertThat(accessLog.of(a.id())).extracting(AccessLog.Access::principal).containsExactly("s2", "s1");
        assertThat(accessLog.of(b.id())).extracting(AccessLog.Access::purpose).containsExactly("api:search");
    }
}
