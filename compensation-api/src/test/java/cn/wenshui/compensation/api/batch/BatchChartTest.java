package cn.wenshui.compensation.api.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.batch.BatchResult.SectionTotal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("片区汇总图:服务器端 SVG")
class BatchChartTest {

    @Test
    @DisplayName("直方图分组取整齐的组距,覆盖 0 至最大值,每户计入一组")
    void bins() {
        List<SummaryChart.Bin> bins = SummaryChart.bins(List.of(new BigDecimal("12000.00"),
                new BigDecimal("110594.00"), new BigDecimal("19999.99")), 10);
        // 110,594 / 10 ≈ 11,059 → a step of 20,000: 0–20,000 … 100,000–120,000
        assertThat(bins).hasSize(6);
        assertThat(bins.get(0).to()).isEqualByComparingTo("20000");
        assertThat(bins).extracting(SummaryChart.Bin::households).containsExactly(2, 0, 0, 0, 0, 1);
        // a value on the last edge stays in the last bin
        assertThat(SummaryChart.bins(List.of(new BigDecimal("50000"), new BigDecimal("100000")), 10))
                .extracting(SummaryChart.Bin::households).containsExactly(0, 0, 0, 0, 0, 1, 0, 0, 0, 1);
        assertThat(SummaryChart.bins(List.of(), 10)).hasSize(1);
    }

    @Test
    @DisplayName("SVG 自带标题、坐标与数值,文字经转义,不依赖脚本")
    void svg() {
        String h = SummaryChart.histogram(List.of(new BigDecimal("12000.00")), "分布 <1户>");
        assertThat(h).startsWith("<svg").endsWith("</svg>").contains("<rect").contains("&lt;1户&gt;")
                .doesNotContain("<script");
        String s = SummaryChart.sections(List.of(new SectionTotal("一(一)", "房屋、附属设施",
                new BigDecimal("48020.00"), new BigDecimal("53020.00"), 1)), "各条款");
        assertThat(s).contains("一(一) 房屋、附属设施").contains("48,020.00–53,020.00");
    }
}
