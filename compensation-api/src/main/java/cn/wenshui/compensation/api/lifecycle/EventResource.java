package cn.wenshui.compensation.api.lifecycle;

import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import cn.wenshui.compensation.api.ledger.IdempotencyKeys;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/households/{code}/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "household events", description = "A household's life as dated events (登记 → 评估 → 公示 → 签约 → 付款 → "
        + "搬迁交房 → 奖励核定 → 归档); append-only, hash-chained and MAC-sealed beside the ledger")
public class EventResource {
    private final EventService events;
    private final SecurityIdentity identity;

    public EventResource(EventService events, SecurityIdentity identity) {
        this.events = events;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Record an event", description = "Staff only. kind: APPRAISAL_RECEIVED, PUBLISHED (round), "
            + "SIGNED, PAYMENT (amount, final), MOVED_OUT, INCENTIVE_DECIDED, ARCHIVED, OBJECTION, REVIEW_DONE, "
            + "REFERRED_TO_COMMAND. An event out of order is a 422 naming the state and the events allowed next. "
            + "签约, 付款 and 搬迁交房 carry their dates into the household's current ledger entry: a new entry "
            + "superseding it; 奖励核定 records the incentive that entry decides. With an Idempotency-Key, a retry of "
            + "the same request answers 200 with the event first recorded (Idempotent-Replayed: true).")
    public Response record(@PathParam("code") @Size(max = 64) String code, EventViews.NewEvent event,
                           @HeaderParam(IdempotencyKeys.HEADER) @Pattern(regexp = IdempotencyKeys.PATTERN) String key)
            throws InvalidInventoryException {
        EventService.Result r = events.record(code, event, Caller.of(identity), key);
        return Response.status(r.replayed() ? 200 : 201).entity(r.recorded())
                .header(IdempotencyKeys.REPLAYED_HEADER, r.replayed()).build();
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "A household's events", description = "With its state, the events allowed next (staff), "
            + "the dates they give the quote and 三(三) for those dates: the 30-day and 45-day deadlines and the days "
            + "left as of asOf (yyyy-MM-dd, default today). An appraisal firm sees only households assigned to it "
            + "(404 otherwise).")
    public EventViews.Events list(@PathParam("code") @Size(max = 64) String code, @QueryParam("asOf") String asOf) {
        return events.events(code, date(asOf), Caller.of(identity));
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(400, "asOf", "date-format", "asOf 须为 yyyy-MM-dd 格式的日期",
                    "asOf must be a date formatted yyyy-MM-dd");
        }
    }
}
