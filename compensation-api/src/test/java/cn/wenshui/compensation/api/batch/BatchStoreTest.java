package cn.wenshui.compensation.api.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("批次缓存:有界,最旧的先清除,最新的总保留")
class BatchStoreTest {

    /** A batch of {@code households} households of one 清单 line each. */
    static BatchResult batch(String id, int households) {
        List<BatchResult.QuotedHousehold> quoted = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            quoted.add(new BatchResult.QuotedHousehold("H" + i, i + 2, new Household("H" + i, null, null, null, null,
                    null, null, List.of(ItemInput.of("1-1.annex.frame", "10")), null, null), null, null));
        }
        return new BatchResult(id, Instant.now(), id + ".xlsx", "s", 1, "1", quoted, List.of(), List.of(),
                BatchQuoter.totals(List.of(), households, List.of(), List.of(), List.of()), 0, 0, null);
    }

    @Test
    void bounded() {
        BatchStore store = new BatchStore();
        store.keep = 3;
        store.keepLines = 10;
        store.put(batch("a", 2));
        store.put(batch("b", 2));
        store.put(batch("c", 2));
        store.put(batch("d", 2));
        assertThat(store.recent()).extracting(BatchResult::batchId).containsExactly("d", "c", "b");
        store.put(batch("e", 5)); // 2 + 2 + 5 = 9 ≤ 10 but four batches > 3: b goes
        assertThat(store.recent()).extracting(BatchResult::batchId).containsExactly("e", "d", "c");
        store.put(batch("f", 12)); // over the line cap on its own: kept, all others go
        assertThat(store.recent()).extracting(BatchResult::batchId).containsExactly("f");
        assertThat(store.latest()).map(BatchResult::batchId).hasValue("f");
        assertThat(store.get("a")).isEmpty();
        assertThat(BatchStore.newId()).hasSize(32).matches("[0-9a-f]{32}").isNotEqualTo(BatchStore.newId());
    }

    @Test
    @DisplayName("默认行数上限随堆大小:最大堆的 35 %,按每行约 320 字节")
    void defaultBoundFollowsTheHeap() {
        BatchStore store = new BatchStore();
        store.keepLinesSetting = java.util.Optional.empty();
        assertThat(store.keepLines()).isEqualTo(Runtime.getRuntime().maxMemory() / 100 * 35 / 320);
        BatchStore set = new BatchStore();
        set.keepLinesSetting = java.util.Optional.of(1234L);
        assertThat(set.keepLines()).isEqualTo(1234L);
    }
}
