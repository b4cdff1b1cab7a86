package cn.wenshui.compensation.api.batch;

import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of the batch workbook, shared by the template, the parser, the results and the tests: sheet names and
 * columns. Each column names the field of the core's {@code Household} / {@code ItemInput} / {@code LivestockPremises}
 * it fills, as the JSON path the engine uses in its violations ({@code quantity}, {@code measurements.depthM},
 * {@code mainHouse.footprintM2}), so a violation can be pointed back at its cell.
 */
public final class BatchLayout {
    public static final String INSTRUCTIONS = "说明";
    public static final String HOUSEHOLDS = "住户";
    public static final String ITEMS = "清单";
    public static final String PREMISES = "养殖场所";
    public static final String SCHEDULE = "标准";

    /** The growth stages of the schedule's staged rows (葡萄, 嫁接杏树), as printed, in printed order. */
    public static List<String> growthStages(Schedule schedule) {
        Set<String> stages = new LinkedHashSet<>();
        for (ScheduleItem item : schedule.items()) {
            if (item.price() instanceof Price.Staged staged) {
                staged.stages().forEach(st -> stages.add(st.stage()));
            }
        }
        return List.copyOf(stages);
    }

    /** How a cell is read. DISPLAY columns are filled by formulas for the reader's benefit and never parsed. */
    public enum Kind { TEXT, NUMBER, MONEY, PERCENT, BOOL, DATE, DISPLAY }

    /**
     * @param header the Chinese header as written in row 1
     * @param field  the engine's field path within the household, the item or the premises; {@code householdId}
     *               for the key column of the 清单 and 养殖场所 sheets
     * @param width  column width in characters
     * @param hint   a short note shown as the header's comment in the template (null for none); a note that states
     *               the regulation comes from the schedule's hints instead (see {@link #hint})
     */
    public record Column(String header, String field, Kind kind, int width, String hint) {
    }

    public static final String HOUSEHOLD_ID = "householdId";

    public static final List<Column> HOUSEHOLD_COLUMNS = List.of(
            new Column("住户编号", "id", Kind.TEXT, 14, "必填,每户唯一;「清单」「养殖场所」两表按此编号归户"),
            new Column("户主", "headOfHousehold", Kind.TEXT, 10, null),
            new Column("村", "village", Kind.TEXT, 10, null),
            new Column("唯一住房(是/否)", "soleDwelling", Kind.BOOL, 10, null),
            new Column("困难延期经批准(是/否)", "hardshipExtensionApproved", Kind.BOOL, 12, null),
            new Column("被拆迁房屋建筑面积m²", "demolishedBuildingAreaM2", Kind.NUMBER, 14, null),
            new Column("正房实测面积m²", "mainHouse.measuredAreaM2", Kind.NUMBER, 12, null),
            new Column("正房占地面积m²", "mainHouse.footprintM2", Kind.NUMBER, 12, "宅基地置换时从宅基地证面积中扣除"),
            new Column("宅基地证面积m²", "mainHouse.homesteadCertificateAreaM2", Kind.NUMBER, 12, null),
            new Column("签订协议日期", "dates.agreementSigned", Kind.DATE, 12, "格式 2023-07-01"),
            new Column("支付补偿款日期", "dates.compensationPaid", Kind.DATE, 12, "格式 2023-07-05"),
            new Column("搬迁日期", "dates.movedOut", Kind.DATE, 12, null));

    public static final List<Column> PREMISES_COLUMNS = List.of(
            new Column("住户编号", HOUSEHOLD_ID, Kind.TEXT, 14, "必填,与「住户」表一致"),
            new Column("编号", "ref", Kind.TEXT, 10, "同一户内区分各处养殖场所,如「羊圈」"),
            new Column("名称", "name", Kind.TEXT, 14, null),
            new Column("面积m²", "areaM2", Kind.NUMBER, 10, null));

    private BatchLayout() {
    }

    /** Where a sheet's columns sit in the household inventory, as the schedule's hints are keyed. */
    private static String fieldPrefix(String sheet) {
        return switch (sheet) {
            case ITEMS -> "items[].";
            case PREMISES -> "livestockPremises[].";
            default -> "";
        };
    }

    /**
     * The note shown beside a column: the schedule's hint for its field (the regulation's words, with the rows'
     * numbers), else the column's own note on how to fill it in; null for none.
     */
    public static String hint(Schedule schedule, String sheet, Column column) {
        return schedule.hint(fieldPrefix(sheet) + column.field()).orElse(column.hint());
    }

    /** The schedule's hints keyed by a field no column of the workbook has (a typing error in the data file). */
    public static List<String> unusedHints(Schedule schedule) {
        Set<String> fields = new java.util.HashSet<>();
        HOUSEHOLD_COLUMNS.forEach(c -> fields.add(fieldPrefix(HOUSEHOLDS) + c.field()));
        PREMISES_COLUMNS.forEach(c -> fields.add(fieldPrefix(PREMISES) + c.field()));
        itemColumns(schedule).forEach(c -> fields.add(fieldPrefix(ITEMS) + c.field()));
        return schedule.hints().keySet().stream().filter(k -> !fields.contains(k)).toList();
    }

    /**
     * The 清单 columns: fixed ones, then one measurement column for every {@link Measure} an inventory row of the
     * schedule needs (in the enum's order), then the optional inputs.
     */
    public static List<Column> itemColumns(Schedule schedule) {
        List<Column> c = new ArrayList<>();
        c.add(new Column("住户编号", HOUSEHOLD_ID, Kind.TEXT, 14, "必填,与「住户」表一致"));
        c.add(new Column("行号", "ref", Kind.TEXT, 6, "同一户内的行编号(可不填,按顺序编号)"));
        c.add(new Column("项目编码", "code", Kind.TEXT, 30, "必填,从下拉列表选择;种类、规格、单位随之显示"));
        c.add(new Column("种类", "category", Kind.DISPLAY, 16, "由项目编码自动显示,无需填写"));
        c.add(new Column("规格", "spec", Kind.DISPLAY, 18, "由项目编码自动显示,无需填写"));
        c.add(new Column("数量", "quantity", Kind.NUMBER, 9, "按单位填写(m²、m、m³、个、株……)"));
        c.add(new Column("单位", "unit", Kind.DISPLAY, 7, null));
        c.add(new Column("需填写", "needs", Kind.DISPLAY, 22, "本行除数量外须填的列,(可选)者可不填"));
        for (Measure m : measures(schedule)) {
            c.add(new Column(m.zh() + m.unit(), "measurements." + m.key(), Kind.NUMBER, 9, null));
        }
        c.add(new Column("生长阶段", "growthStage", Kind.TEXT, 9, null));
        c.add(new Column("评估单价", "appraisedUnitPrice", Kind.MONEY, 10, null));
        c.add(new Column("评估依据", "overrideReason", Kind.TEXT, 18, null));
        c.add(new Column("连接项目编码", "linkedCode", Kind.TEXT, 24, null));
        c.add(new Column("连接房屋评估单价", "linkedUnitPrice", Kind.MONEY, 12, null));
        c.add(new Column("有装潢(是/否)", "decorated", Kind.BOOL, 9, null));
        c.add(new Column("装潢加价%", "surchargePercent", Kind.PERCENT, 9, null));
        c.add(new Column("备注", "note", Kind.TEXT, 16, null));
        return List.copyOf(c);
    }

    /** The measures inventory rows of the schedule need, in {@link Measure} order. */
    public static List<Measure> measures(Schedule schedule) {
        Set<Measure> used = EnumSet.noneOf(Measure.class);
        for (ScheduleItem item : schedule.items()) {
            for (String need : item.needs()) {
                if (need.startsWith("measurements.")) {
                    String key = need.substring("measurements.".length()).replace("?", "");
                    for (Measure m : Measure.values()) {
                        if (m.key().equals(key)) {
                            used.add(m);
                        }
                    }
                }
            }
        }
        return List.copyOf(used);
    }

    /** A row's needs() in the words of the 清单 headers, e.g. 「深度m;评估单价(可选)」. */
    public static String needsText(ScheduleItem item, List<Column> itemColumns) {
        List<String> out = new ArrayList<>();
        for (String need : item.needs()) {
            boolean optional = need.endsWith("?");
            String field = optional ? need.substring(0, need.length() - 1) : need;
            String header = itemColumns.stream().filter(c -> c.field().equals(field)).map(Column::header)
                    .findFirst().orElse(field);
            out.add(optional ? header + "(可选)" : header);
        }
        return String.join(";", out);
    }

    /**
     * A header as typed by a person, made comparable: NFKC (full-width brackets and digits), no spaces, m2/㎡ as m².
     */
    public static String normalizeHeader(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        // NFKC turns ² into 2 and ㎡ into m2: write both back as m²
        return n.replace("m2", "m²").replace("M2", "m²").replace("平方米", "m²").replace("平米", "m²");
    }
}
