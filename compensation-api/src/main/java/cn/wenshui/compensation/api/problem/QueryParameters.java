package cn.wenshui.compensation.api.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigInteger;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Whole-number query parameters ({@code page}, {@code size}, {@code supersedes} …) checked before JAX-RS converts
 * them: a value that is not a whole number of the parameter's range would otherwise be a bare 404 (the JAX-RS rule
 * for unconvertible query parameters). Answers 400 naming the parameter; the range rules of the resource
 * ({@code @Min}, {@code @Max}, {@code @Positive}) still apply after this.
 */
public class QueryParameters {

    @ServerRequestFilter
    public Response check(UriInfo uri, ResourceInfo resource) {
        Method m = resource == null ? null : resource.getResourceMethod();
        if (m == null) {
            return null;
        }
        for (Parameter p : m.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            BigInteger[] range = q == null ? null : range(p.getType());
            if (range == null) {
                continue;
            }
            List<String> values = uri.getQueryParameters().get(q.value());
            for (String v : values == null ? List.<String>of() : values) {
                if (!v.isEmpty() && !fits(v, range)) {
                    return ProblemMappers.respond(problem(q.value(), v, path(uri)));
                }
            }
        }
        return null;
    }

    static BigInteger[] range(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)};
        }
        if (type == long.class || type == Long.class) {
            return new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)};
        }
        if (type == short.class || type == Short.class) {
            return new BigInteger[] {BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)};
        }
        return null;
    }

    /** ASCII digits with an optional minus sign, inside the range. */
    static boolean fits(String v, BigInteger[] range) {
        if (v.length() > 40 || !v.matches("-?[0-9]+")) {
            return false;
        }
        BigInteger n = new BigInteger(v);
        return n.compareTo(range[0]) >= 0 && n.compareTo(range[1]) <= 0;
    }

    private static Problem problem(String name, String value, String path) {
        boolean number = value.length() <= 40 && value.matches("-?[0-9]+");
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        String en = number ? "query parameter " + name + " is out of range: " + shown
                : "query parameter " + name + " must be a whole number, not '" + shown + "'";
        String zh = number ? "查询参数 " + name + " 超出范围:" + shown
                : "查询参数 " + name + " 须为整数(阿拉伯数字),而非「" + shown + "」";
        return new Problem("/problems/invalid-request", "Invalid request", 400, en, path,
                List.of(new Problem.ProblemViolation(name, number ? "out-of-range" : "whole-number", zh, en)));
    }

    private static String path(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }
}
