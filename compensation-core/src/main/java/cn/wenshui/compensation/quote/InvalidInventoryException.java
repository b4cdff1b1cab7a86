package cn.wenshui.compensation.quote;

import java.util.List;

/** The inventory breaks one or more rules; every violation found is listed, not just the first. */
public class InvalidInventoryException extends Exception {
    private final List<Violation> violations;

    public InvalidInventoryException(List<Violation> violations) {
        super(violations.size() + " violation(s): " + violations.stream()
                .map(v -> v.field() + " " + v.rule()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
