package cn.wenshui.compensation.api.problem;

import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The last line behind the mappers' own wording: no problem leaves the service naming a Java class or a server file
 * (messages of POI, SAX or Jackson that a mapper passed on, a temporary upload's path). Such a name is replaced, the
 * rest of the message kept; the type, field and instance are never touched.
 */
public class ProblemScrubber {
    static final Pattern JAVA_NAME = Pattern.compile(
            "`?\\b(?:java|javax|jakarta|jdk|sun|com|org|io|net|cn)\\.[a-z][a-z0-9_]*(?:\\.[A-Za-z_$][\\w$]*)+`?");
    static final Pattern FILE_PATH = Pattern.compile(
            "(?:file:)?/(?:tmp|home|root|var|usr|opt|work|srv|etc|proc|private)/[^\\s\"'<>),;]*"
                    + "|\\b[A-Za-z]:\\\\[^\\s\"'<>),;]*|\\b[\\w$]+\\.java:\\d+"
                    // wherever this machine keeps temporary files and the service's working folder
                    + "|" + Pattern.quote(System.getProperty("java.io.tmpdir", "/tmp")) + "[^\\s\"'<>),;]*"
                    + "|" + Pattern.quote(System.getProperty("user.dir", "/nonexistent") + "/") + "[^\\s\"'<>),;]*");

    @ServerResponseFilter
    public void scrub(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem p) {
            Problem clean = scrub(p);
            if (!clean.equals(p)) {
                response.setEntity(clean, null, jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
            }
        }
    }

    public static Problem scrub(Problem p) {
        return new Problem(p.type(), p.title(), p.status(), text(p.detail()), p.instance(),
                p.violations() == null ? null : p.violations().stream().map(v -> new Problem.ProblemViolation(
                        v.field(), v.rule(), text(v.messageZh()), text(v.messageEn()))).toList());
    }

    /** The text with Java names and server paths replaced. */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = JAVA_NAME.matcher(s).replaceAll("(internal)");
        return FILE_PATH.matcher(t).replaceAll("(file)");
    }
}
