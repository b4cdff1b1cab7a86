package cn.wenshui.compensation.api.batch;

import cn.wenshui.compensation.api.batch.BatchLayout.Column;
import cn.wenshui.compensation.api.batch.BatchLayout.Kind;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.schedule.ComputedFrom;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template workbook staff fill in Excel or WPS: 说明, 住户, 清单, 养殖场所 and the hidden 标准 (every schedule row,
 * the list 项目编码 is validated against and the table the 种类/规格/单位/需填写 formulas look up).
 */
public final class TemplateWorkbook {
    /** Rows of 清单 pre-filled with the lookup formulas; staff copy them further down for longer inventories. */
    public static final int FORMULA_ROWS = 1000;
    /** Rows the data validations cover. */
    static final int VALIDATED_ROWS = 100_000;
    static final String SCHEDULE_RANGE = "'" + BatchLayout.SCHEDULE + "'!$A:$I";

    private TemplateWorkbook() {
    }

    /**
     * The schedule rows an inventory line may name: all but those the schedule marks computedFrom a household fact
     * (the subsidies, the incentive, the area swaps), which the engine refuses as lines.
     */
    public static List<ScheduleItem> inventoryRows(QuoteEngine engine) {
        return engine.schedule().items().stream().filter(i -> !i.computed()).toList();
    }

    public static byte[] build(QuoteEngine engine, long uploadLimitBytes) {
        Schedule schedule = engine.schedule();
        List<Column> itemColumns = BatchLayout.itemColumns(schedule);
        List<ScheduleItem> inventory = inventoryRows(engine);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet help = wb.createSheet(BatchLayout.INSTRUCTIONS);
            Sheet households = wb.createSheet(BatchLayout.HOUSEHOLDS);
            Sheet items = wb.createSheet(BatchLayout.ITEMS);
            Sheet premises = wb.createSheet(BatchLayout.PREMISES);
            Sheet table = wb.createSheet(BatchLayout.SCHEDULE);

            int scheduleRows = scheduleSheet(table, schedule, inventory, itemColumns, st);
            wb.setSheetHidden(wb.getSheetIndex(table), true);

            header(households, BatchLayout.HOUSEHOLDS, BatchLayout.HOUSEHOLD_COLUMNS, schedule, st, 1);
            header(items, BatchLayout.ITEMS, itemColumns, schedule, st, 3);
            header(premises, BatchLayout.PREMISES, BatchLayout.PREMISES_COLUMNS, schedule, st, 1);
            List<String> stages = BatchLayout.growthStages(schedule);
            validations(households, BatchLayout.HOUSEHOLD_COLUMNS, inventory.size(), stages);
            validations(items, itemColumns, inventory.size(), stages);
            validations(premises, BatchLayout.PREMISES_COLUMNS, inventory.size(), stages);
            lookups(items, itemColumns, st);
            instructions(help, schedule, uploadLimitBytes, scheduleRows, st);

            wb.setActiveSheet(0);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;
        final CellStyle display;
        final CellStyle wrap;
        final CellStyle title;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            display = wb.createCellStyle();
            display.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
            display.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
        }
    }

    private static void header(Sheet sheet, String sheetName, List<Column> columns, Schedule schedule, Styles st,
                               int frozenColumns) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(32);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        var factory = sheet.getWorkbook().getCreationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            var cell = row.createCell(i);
            cell.setCellValue(c.header());
            cell.setCellStyle(st.header);
            sheet.setColumnWidth(i, Math.min(255, c.width() + 2) * 256);
            if (c.kind() == Kind.TEXT) {
                sheet.setDefaultColumnStyle(i, st.text);
            } else if (c.kind() == Kind.DATE) {
                sheet.setDefaultColumnStyle(i, st.date);
            }
            String hint = BatchLayout.hint(schedule, sheetName, c);
            if (hint != null) {
                ClientAnchor anchor = factory.createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(factory.createRichTextString(hint));
                comment.setAuthor("模板");
                cell.setCellComment(comment);
            }
        }
        sheet.createFreezePane(frozenColumns, 1);
    }

    private static void validations(Sheet sheet, List<Column> columns, int inventoryRows, List<String> stages) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            DataValidationConstraint constraint;
            String title;
            String message;
            if (c.field().equals("code") || c.field().equals("linkedCode")) {
                constraint = h.createFormulaListConstraint("'" + BatchLayout.SCHEDULE + "'!$A$2:$A$"
                        + (inventoryRows + 1));
                title = c.header();
                message = "请从下拉列表选择标准中的项目编码";
            } else if (c.field().equals("growthStage")) {
                constraint = h.createExplicitListConstraint(stages.toArray(String[]::new));
                title = c.header();
                message = "请选择:" + String.join("、", stages);
            } else if (c.kind() == Kind.BOOL) {
                constraint = h.createExplicitListConstraint(new String[] {"是", "否"});
                title = c.header();
                message = "请填「是」或「否」";
            } else if (c.kind() == Kind.NUMBER || c.kind() == Kind.MONEY) {
                constraint = h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null);
                title = c.header();
                message = "请填写大于0的数字(不带单位)";
            } else {
                continue;
            }
            DataValidation v = h.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, i, i));
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox(title, message);
            if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                v.setSuppressDropDownArrow(true); // XSSF: true shows the in-cell drop-down
            }
            sheet.addValidationData(v);
        }
    }

    /** 种类, 规格, 单位, 需填写 looked up from 标准 by 项目编码, for the first {@value #FORMULA_ROWS} rows. */
    private static void lookups(Sheet items, List<Column> columns, Styles st) {
        int codeCol = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals("code")) {
                codeCol = i;
            }
        }
        String codeLetter = CellReference.convertNumToColString(codeCol);
        for (int r = 1; r <= FORMULA_ROWS; r++) {
            Row row = items.createRow(r);
            String ref = "$" + codeLetter + (r + 1);
            for (int i = 0; i < columns.size(); i++) {
                int lookupColumn = switch (columns.get(i).field()) {
                    case "category" -> 3;
                    case "spec" -> 4;
                    case "unit" -> 6;
                    case "needs" -> 8;
                    default -> 0;
                };
                if (lookupColumn > 0) {
                    var cell = row.createCell(i);
                    cell.setCellFormula("IF(" + ref + "=\"\",\"\",IFERROR(VLOOKUP(" + ref + "," + SCHEDULE_RANGE + ","
                            + lookupColumn + ",FALSE),\"" + (lookupColumn == 3 ? "未知编码" : "") + "\"))");
                    cell.setCellStyle(st.display);
                }
            }
        }
    }

    /** 标准: code, 条款, 种类, 规格, 印刷标准, 单位, 方式, 需填写 (A–H), 可作清单行 (I); inventory rows first. */
    private static int scheduleSheet(Sheet table, Schedule schedule, List<ScheduleItem> inventory,
                                     List<Column> itemColumns, Styles st) {
        String[] headers = {"项目编码", "条款", "种类", "规格", "印刷标准", "单位", "方式", "需填写", "可作清单行"};
        int[] widths = {30, 12, 18, 22, 28, 8, 10, 30, 10};
        Row h = table.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            var cell = h.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(st.header);
            table.setColumnWidth(i, widths[i] * 256);
        }
        table.createFreezePane(1, 1);
        List<ScheduleItem> ordered = new ArrayList<>(inventory);
        for (ScheduleItem item : schedule.items()) {
            if (!inventory.contains(item)) {
                ordered.add(item);
            }
        }
        int r = 1;
        for (ScheduleItem item : ordered) {
            Row row = table.createRow(r++);
            boolean line = inventory.contains(item);
            String[] values = {item.code(), item.clause(), item.category(), item.spec(), item.printed(), item.unit(),
                    item.mode().zh(), line ? BatchLayout.needsText(item, itemColumns) : "", line ? "是" : "否(自动计算)"};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
            }
        }
        table.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, headers.length - 1));
        return r - 1;
    }

    /** Each row's clause and name (and months), from the schedule: 「一(一)房屋面积置换」. */
    private static String rowNames(List<ScheduleItem> rows) {
        return rows.stream().map(i -> i.section() + Schedule.squash(i.category())
                + (i.months() == null ? "" : "(" + i.months() + "个月)")).distinct()
                .collect(java.util.stream.Collectors.joining("、"));
    }

    private static void instructions(Sheet help, Schedule schedule, long uploadLimitBytes, int scheduleRows,
                                     Styles st) {
        String limit = uploadLimitBytes >= 1024 * 1024 && uploadLimitBytes % (1024 * 1024) == 0
                ? (uploadLimitBytes / (1024 * 1024)) + " MB" : (uploadLimitBytes / 1024) + " KB";
        String[] lines = {
                "堡子片区征地拆迁补偿 批量报价模板(" + schedule.documentNumber() + " " + schedule.title() + ",标准版本 "
                        + schedule.id() + " v" + schedule.version() + ")",
                "",
                "1. 「住户」:每户一行。住户编号必填且不得重复;被拆迁房屋建筑面积用于"
                        + rowNames(schedule.computedFrom(ComputedFrom.DEMOLISHED_BUILDING_AREA)) + ";"
                        + "签订协议、支付补偿款、搬迁三个日期用于" + rowNames(schedule.computedFrom(ComputedFrom.DATES))
                        + ";正房与宅基地面积用于" + rowNames(schedule.computedFrom(ComputedFrom.MAIN_HOUSE)) + "。",
                "2. 「清单」:每个补偿项目一行,住户编号与「住户」表一致。项目编码从下拉列表选择,种类、规格、单位、需填写随之自动显示"
                        + "(前" + FORMULA_ROWS + "行已预置公式,超过时请将公式向下复制)。",
                "3. 「需填写」提示本行除数量外须填的列(如 深度m、胸径cm、生长阶段);标「(可选)」者可不填。"
                        + "数量按单位填写;测量值按列名中的单位填写,只填数字。",
                "4. 评估单价:标准为区间时填写第三方评估公司的单价;不填则结果列出最低额与最高额。"
                        + schedule.hint("items[].overrideReason").map(h -> "评估依据:" + h + "。").orElse(""),
                "5. " + rowNames(schedule.computedRows()) + "由「住户」「养殖场所」两表自动计算,不要列入清单。",
                "6. 「养殖场所」:每处养殖场所一行,按面积计算"
                        + rowNames(schedule.computedFrom(ComputedFrom.LIVESTOCK_PREMISES)) + "。",
                "7. 日期填写如 2023-07-01;是/否列填「是」或「否」;数字列不要带单位或文字。",
                "8. 上传:在网页「批量导入」(/batch)上传本文件(.xlsx,不超过 " + limit + ")。"
                        + "有错误的住户整户不报价,错误逐条列出工作表、行号、列号;其余住户照常报价,并可下载结果工作簿。",
                "9. WPS 表格请保存为 .xlsx 格式(不要保存为 .et 或 .xls)。",
                "10. 隐藏的「标准」工作表列出全部 " + scheduleRows + " 个标准条目(右键工作表标签 →「取消隐藏」可查看)。",
        };
        help.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < lines.length; i++) {
            var cell = help.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            cell.setCellStyle(i == 0 ? st.title : st.wrap);
        }
    }
}
