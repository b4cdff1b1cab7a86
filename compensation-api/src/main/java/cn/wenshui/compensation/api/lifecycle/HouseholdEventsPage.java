package cn.wenshui.compensation.api.lifecycle;

import cn.wenshui.compensation.api.problem.Problem;
import cn.wenshui.compensation.api.ledger.IdempotencyKeys;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The page of a household's events (Chinese): the events, its state, the 30/45-day deadlines, and for staff a form
 * offering only the events allowed next. It calls {@link EventService}, never the JSON resource.
 */
@Path("/households/{code}/events")
public class HouseholdEventsPage {

    @CheckedTemplate(basePath = "lifecycle")
    static class Templates {
        static native TemplateInstance events(View page);

        static native TemplateInstance missing(String code);
    }

    /**
     * What the page shows; {@code error} is the last refusal, in Chinese. {@code requestId}: the form's
     * Idempotency-Key, new at each rendering, so a double click records the event once.
     */
    public record View(EventViews.Events events, boolean staff, String error, LocalDate today,
                       List<EventViews.Kind> offered, String requestId) {
    }

    private static final String HTML = "text/html;charset=UTF-8";

    private final EventService service;
    private final SecurityIdentity identity;

    public HouseholdEventsPage(EventService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "住户事件 (page)", hidden = true)
    public Response page(@PathParam("code") String code) {
        return render(code, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "记录住户事件 (page form)", hidden = true)
    public Response record(@PathParam("code") String code, @RestForm("kind") String kind,
                           @RestForm("date") String date, @RestForm("round") String round,
                           @RestForm("amount") String amount, @RestForm("final") String finalPayment,
                           @RestForm("note") String note, @RestForm("requestId") String requestId) {
        try {
            EventViews.NewEvent event = new EventViews.NewEvent(kind, parseDate(date), parseRound(round),
                    parseAmount(amount), "on".equals(finalPayment) || "true".equals(finalPayment), note);
            service.record(code, event, Caller.of(identity), requestId == null
                    || !requestId.matches(IdempotencyKeys.PATTERN) ? null : "form-" + requestId);
            // Post/redirect/get: a reload does not record the event twice.
            return Response.seeOther(URI.create("/households/" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                    .replace("+", "%20") + "/events")).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return render(code, null, 404);
            }
            return render(code, zh(e), e.status());
        } catch (InvalidInventoryException e) {
            return render(code, "按事件日期重出报价未通过校验:" + String.join(";",
                    e.violations().stream().map(Object::toString).toList()), 422);
        }
    }

    private Response render(String code, String error, int status) {
        Caller caller = Caller.of(identity);
        try {
            EventViews.Events events = service.events(code, null, caller);
            return html(status, Templates.events(new View(events, caller.isStaff(), error, LocalDate.now(),
                    caller.isStaff() ? events.allowedNext() : List.of(), java.util.UUID.randomUUID().toString())));
        } catch (ProblemException e) {
            return html(404, Templates.missing(code));
        }
    }

    private static String zh(ProblemException e) {
        Problem p = e.toProblem(null);
        return p.violations().isEmpty() ? p.detail()
                : String.join(";", p.violations().stream().map(Problem.ProblemViolation::messageZh).toList());
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    private static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badField(400, "date", "date-format", "日期须为 yyyy-MM-dd 格式",
                    "date must be formatted yyyy-MM-dd");
        }
    }

    private static Integer parseRound(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badField(400, "round", "number", "轮次须为 1 或 2", "round must be 1 or 2");
        }
    }

    private static BigDecimal parseAmount(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.badField(400, "amount", "number", "金额须为数字", "amount must be a number");
        }
    }
}
