package cn.wenshui.compensation.api.batch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One problem found in an uploaded workbook, pointed at the cell a person must fix: the sheet, the row as Excel shows
 * it (1-based), the column letter and its header. Errors skip the household they belong to; warnings skip nothing.
 *
 * @param row         1-based as Excel shows it; null for a problem of the whole sheet or workbook
 * @param column      the column letter (A, B, … AA); null when the problem is the whole row
 * @param householdId the household the row belongs to, if known
 * @param field       the engine's field path ({@code items[3].quantity}) when the problem came from the engine
 * @param rule        a stable code: {@code not-a-number}, {@code must-be-positive}, {@code unknown-code} …
 */
public record BatchError(String sheet, Integer row, String column, String header, String householdId, String field,
                         String rule, String messageZh, String messageEn, Level level) {

    public enum Level { ERROR, WARNING }

    /** Where to look, as a person says it: {@code 清单!F7}, {@code 清单 第7行}, {@code 住户}. */
    @JsonProperty("location")
    public String location() {
        if (row == null) {
            return sheet == null ? "" : sheet;
        }
        return column == null ? sheet + " 第" + row + "行" : sheet + "!" + column + row;
    }

    @JsonIgnore
    public boolean isError() {
        return level == Level.ERROR;
    }
}
