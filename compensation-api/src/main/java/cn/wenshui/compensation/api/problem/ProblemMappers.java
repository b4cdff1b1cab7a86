package cn.wenshui.compensation.api.problem;

import cn.wenshui.compensation.json.JsonSettings;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error becomes an RFC 9457 problem+json answer; no stack trace ever leaves the service. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    // Security failures inside a resource (annotations, object checks): the same problems as the HTTP layer's.
    // (AuthenticationFailedException is deliberately not mapped: it reaches REST only after the authentication
    // mechanism sent its challenge, a 401 problem or form login's redirect, which a mapper would overwrite.)
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(SecurityProblems.forbiddenProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(SecurityProblems
                        .unauthorizedProblem(path(uri))))
                .header("WWW-Authenticate", SecurityProblems.CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyLimitInterceptor.TooLarge e, UriInfo uri) {
        return respond(BodySizeFilter.tooLarge(e.limit(), -1, false, path(uri)));
    }

    @ServerExceptionMapper
    public Response invalidInventory(InvalidInventoryException e, UriInfo uri) {
        return respond(new Problem("/problems/invalid-inventory", "Invalid inventory", 422,
                "The inventory breaks " + e.violations().size() + " rule(s) of the schedule; see violations.",
                path(uri), e.violations().stream()
                .map(v -> new Problem.ProblemViolation(v.field(), v.rule(), v.messageZh(), v.messageEn())).toList()));
    }

    // Jackson's specific exceptions each get a mapper: the built-in ones of quarkus-rest-jackson would win otherwise.
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unrecognized(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response parse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response constraints(StreamConstraintsException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        return json(e, uri);
    }

    /**
     * A type Jackson cannot bind is the service's fault, not the client's: a 500, but as problem+json (Quarkus's own
     * mapper for it answers an empty 500).
     */
    @ServerExceptionMapper
    public Response definition(InvalidDefinitionException e, UriInfo uri) {
        LOG.error("cannot bind the request body", e);
        return respond(new Problem("/problems/server-error", "Server error", 500,
                "The service could not complete the request.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = "$";
        String rule;
        String zh;
        String en;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = jsonPath(m.getPath());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            rule = "unknown-field";
            zh = "未知字段「" + u.getPropertyName() + "」";
            en = "unknown field '" + u.getPropertyName() + "'";
        } else if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            rule = "too-large";
            zh = "JSON 嵌套过深、字符串或数字过长";
            en = "JSON nesting, string or number exceeds the service's limits";
        } else if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException
                || String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            rule = "malformed-json";
            zh = "JSON 格式错误";
            en = "malformed JSON: " + ProblemScrubber.text(e.getOriginalMessage());
        } else if (e instanceof JsonSettings.NumberOutOfRangeException r) {
            rule = "number-out-of-range";
            zh = "数值超出范围:" + r.getValue() + " 的指数超过 ±" + JsonSettings.MAX_SCALE;
            en = "number out of range: the exponent of " + r.getValue() + " lies beyond ±" + JsonSettings.MAX_SCALE;
        } else if (e instanceof JsonSettings.InvalidTextException) {
            rule = "invalid-character";
            zh = "文本含有 NUL 字符(U+0000)或不成对的代理字符,无法保存";
            en = "the text holds U+0000 (NUL) or an unpaired surrogate, which cannot be stored";
        } else if (e instanceof InvalidFormatException f) {
            rule = "wrong-type";
            zh = "字段类型或格式错误:" + String.valueOf(f.getValue()) + " 不是 " + simple(f.getTargetType());
            en = "wrong type or format: '" + f.getValue() + "' is not a " + simple(f.getTargetType());
        } else if (e instanceof MismatchedInputException mi) {
            rule = "wrong-type";
            zh = "字段类型错误,应为" + simple(mi.getTargetType());
            en = "wrong type, expected " + simple(mi.getTargetType());
        } else if (e instanceof JsonParseException) {
            rule = "malformed-json";
            zh = "JSON 格式错误";
            en = "malformed JSON: " + ProblemScrubber.text(e.getOriginalMessage());
        } else if (isNumberOverflow(e)) {
            rule = "number-out-of-range";
            zh = "数值超出可处理的范围";
            en = "the number is out of the range the service can handle";
        } else {
            // Jackson's own wording names Java types: say only what the client can act on.
            rule = "unreadable-json";
            zh = "无法读取请求内容:该字段的值不符合要求";
            en = "unreadable request body: the value of this field cannot be read";
        }
        return respond(new Problem("/problems/malformed-request", "Malformed request", 400, en, path(uri),
                List.of(new Problem.ProblemViolation(field, rule, zh, en))));
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        List<Problem.ProblemViolation> v = e.getConstraintViolations().stream()
                .map(c -> {
                    String p = c.getPropertyPath().toString();
                    String field = p.contains(".") ? p.substring(p.lastIndexOf('.') + 1) : p;
                    return new Problem.ProblemViolation(field, "constraint", "参数不符合要求:" + c.getMessage(),
                            field + " " + c.getMessage());
                }).toList();
        return respond(new Problem("/problems/invalid-request", "Invalid request", 400,
                "Request parameters break " + v.size() + " constraint(s).", path(uri), v));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("server error", e);
            return respond(new Problem("/problems/server-error", "Server error", status,
                    "The service could not complete the request.", path(uri), null));
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String zh = switch (status) {
            case 404 -> "未找到该资源";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法提供所请求的内容类型";
            case 413 -> "请求内容过大";
            case 415 -> "不支持该内容类型,请使用 application/json";
            default -> "请求无效";
        };
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        return respond(new Problem("/problems/http-" + status, title, status, title, path(uri),
                List.of(new Problem.ProblemViolation("$", "http-" + status, zh, title))));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        LOG.error("unexpected error", e);
        return respond(new Problem("/problems/server-error", "Server error", 500,
                "The service could not complete the request.", path(uri), null));
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** What a client calls the type, never the Java class. */
    private static String simple(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true/false)";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "date (yyyy-MM-dd)";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "object";
    }

    /** Jackson could not make a number of the value (an exponent beyond BigDecimal's, and the like). */
    static boolean isNumberOverflow(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ArithmeticException || t instanceof NumberFormatException) {
                return true;
            }
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("BigDecimal") || m.contains("BigInteger") || m.contains("Exponent overflow")
                || m.contains("Scale out of range");
    }

    /**
     * A date so far from today that the schedule's day counting cannot represent it (+999999999-12-31): the
     * client's input, not the service's fault.
     */
    @ServerExceptionMapper
    public Response dateOutOfRange(java.time.DateTimeException e, UriInfo uri) {
        String en = "a date lies outside the range the schedule can count days in";
        return respond(new Problem("/problems/invalid-request", "Invalid request", 422, en, path(uri),
                List.of(new Problem.ProblemViolation("dates", "date-out-of-range", "日期超出可计算的范围", en))));
    }

    /** Jackson's reference path as a JSON path: {@code items[2].quantity}. */
    static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? "$" : b.toString();
    }
}
