package cn.wenshui.compensation.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 item 8: rows are found by everyday words kept as data beside the schedule; an exact name wins. */
@DisplayName("搜索:日常用语(同义词表)与精确名称优先")
class ScheduleSearchTest {
    static final Schedule S = ScheduleLoader.loadDefault();
    static final Synonyms WORDS = Synonyms.forSchedule(S);
    static final ScheduleSearch SEARCH = new ScheduleSearch(S, WORDS);

    private static List<String> codes(String q) {
        return SEARCH.find(q).stream().map(ScheduleItem::code).toList();
    }

    @Test
    @DisplayName("同义词表随补偿标准存放(wenzhengfa-2023-6.synonyms.yaml),读入无误,每个编码都是标准中的行")
    void theFileBesideTheScheduleLoads() {
        assertThat(Synonyms.class.getResource(Synonyms.resource(S.id()))).isNotNull();
        assertThat(WORDS.codes()).isNotEmpty();
        for (String code : WORDS.codes()) {
            assertThat(S.item(code)).as(code).isPresent();
        }
    }

    @Test
    @DisplayName("院墙→围墙,水井→砖土人工井,猪圈→(简易)猪、羊圈,榆树→其他(成材树),装修→内装潢,地坪→月台或院内铺砌")
    void everydayWordsFindTheirRows() {
        assertThat(codes("院墙")).contains("1-1.wall.brick", "1-1.wall.earth", "1-1.wall.stone");
        assertThat(codes("水井")).contains("1-1.hand-dug-well", "1-1.well.cement-pipe");
        assertThat(codes("猪圈")).contains("1-3.pig-sheep-pen.earth", "1-3.pig-sheep-pen.brick-stone");
        assertThat(codes("榆树")).contains("2-2.timber.other");
        assertThat(codes("装修")).startsWith("1-1.decoration.simple", "1-1.decoration.mid-range",
                "1-1.decoration.high-end");
        assertThat(codes("地坪")).contains("1-1.paving.machine-brick", "1-1.paving.concrete");
    }

    @Test
    @DisplayName("精确名称优先:「桃树」首先是「杏树、桃树」,其后才是「核桃树」;「核桃树」首先是核桃树")
    void anExactNameWins() {
        List<String> peach = codes("桃树");
        assertThat(peach.get(0)).isEqualTo("2-1.fruit.apricot-peach");
        assertThat(peach).contains("2-1.fruit.walnut");
        assertThat(codes("核桃树").get(0)).isEqualTo("2-1.fruit.walnut");
        assertThat(codes("杨树").get(0)).isEqualTo("2-2.timber.poplar");
        assertThat(codes("框架结构")).startsWith("1-1.annex.frame", "1-1.factory.frame");
    }

    @Test
    @DisplayName("全角字符与空格不影响搜索;印刷文字(备注、编码)照样可搜")
    void fullWidthAndSpacesDoNotMatter() {
        assertThat(codes("塑料管 <4cm")).contains("1-1.outdoor-pipe.plastic");
        assertThat(codes("塑料管＜４ｃｍ")).contains("1-1.outdoor-pipe.plastic");
        assertThat(codes("祁离高速")).containsExactly("1-1.heating-boiler");
        assertThat(codes("1-1.wall")).contains("1-1.wall.brick");
        assertThat(codes("没有这种东西")).isEmpty();
    }

    @Test
    @DisplayName("同义词表指向不存在的行、少了词或编码、标准编号不符:一次列出全部问题,拒绝读入")
    void aBadFileIsRefused() {
        String yaml = """
                schedule: other-schedule
                entries:
                  - words: [院墙]
                    codes: [1-1.wall.nope]
                  - words: [井, 井]
                    codes: [1-1.hand-dug-well]
                  - words: []
                    codes: [1-1.hand-dug-well]
                """;
        assertThatThrownBy(() -> Synonyms.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "test.yaml", S))
                .isInstanceOf(ScheduleException.class)
                .satisfies(e -> assertThat(((ScheduleException) e).problems()).hasSize(4)
                        .anyMatch(p -> p.contains("1-1.wall.nope"))
                        .anyMatch(p -> p.contains("twice"))
                        .anyMatch(p -> p.contains("other-schedule"))
                        .anyMatch(p -> p.contains("needs words")));
    }
}
