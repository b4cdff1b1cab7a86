package cn.wenshui.compensation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Everything the engine says, for the whole scenario set under every set of readings, is what it said before the
 * engine was taken apart into rule classes (issue 14, main at 549460b). A refactoring leaves this digest as it is; a
 * change meant to change what a quote says updates it in the same commit and says why.
 */
class OutputDigestTest {
    @Test
    @DisplayName("引擎输出摘要不变:全部情景 × 全部解释选项")
    void engineOutputIsUnchanged() throws Exception {
        assertThat(OutputDigest.compute(false)).isEqualTo("20772 households, 2090 refused, sha256 "
                + "0fb90820d23185b31c3e70074520f5ab421154cdc1d8f6820b81bdd4b672d5bf");
    }
}
