package cn.wenshui.compensation.api.problem;

import java.util.List;

/** Thrown by resources to answer with a problem detail; never carries a stack trace to the client. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.ProblemViolation> violations;

    public ProblemException(int status, String type, String title, String detail,
                            List<Problem.ProblemViolation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ProblemException notFound(String what, String zh) {
        return new ProblemException(404, "/problems/not-found", "Not found", what,
                List.of(new Problem.ProblemViolation("path", "not-found", zh, what)));
    }

    public static ProblemException badField(int status, String field, String rule, String zh, String en) {
        return new ProblemException(status, "/problems/invalid-request", "Invalid request", en,
                List.of(new Problem.ProblemViolation(field, rule, zh, en)));
    }

    /** 409: the request clashes with what is stored (e.g. a name already taken). */
    public static ProblemException conflict(String detail, String field, String rule, String zh, String en) {
        return new ProblemException(409, "/problems/conflict", "Conflict", detail,
                List.of(new Problem.ProblemViolation(field, rule, zh, en)));
    }

    /** 422: an uploaded workbook that cannot be read as the template describes. */
    public static ProblemException invalidWorkbook(String field, String rule, String zh, String en) {
        return new ProblemException(422, "/problems/invalid-workbook", "Invalid workbook", en,
                List.of(new Problem.ProblemViolation(field, rule, zh, en)));
    }

    /** 403: the caller is known but may not do this. */
    public static ProblemException forbidden(String rule, String zh, String en) {
        return new ProblemException(403, "/problems/forbidden", "Forbidden", en,
                List.of(new Problem.ProblemViolation("$", rule, zh, en)));
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, violations);
    }
}
