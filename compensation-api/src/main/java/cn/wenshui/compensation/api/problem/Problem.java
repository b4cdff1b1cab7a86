package cn.wenshui.compensation.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a relative URI naming the problem kind; {@code violations} lists each
 * offending field as a JSON path with the rule broken and a message in Chinese and English.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<ProblemViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** 503: the service cannot take the request now; sent with Retry-After. */
    public static Problem busy(String instance, String field, String rule, String zh, String en) {
        return new Problem("/problems/busy", "Service busy", 503, en, instance,
                List.of(new ProblemViolation(field, rule, zh, en)));
    }

    public record ProblemViolation(String field, String rule, String messageZh, String messageEn) {
    }
}
