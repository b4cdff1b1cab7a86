package cn.wenshui.compensation.schedule;

/**
 * Something odd in a printed tier table: {@code gap}, {@code point} (a boundary in two tiers or none), {@code overlap},
 * {@code cliff} (a larger measurement gets less money) or {@code blank} (an empty printed cell). A finding is covered
 * when the row names an interpretation entry whose {@code lintCovers} lists its kind.
 */
public record LintFinding(String code, String kind, String where, String message, String coveredBy) {
    public boolean covered() {
        return coveredBy != null;
    }
}
