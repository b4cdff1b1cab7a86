package cn.wenshui.compensation.api.publication;

import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/publication")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "publication", description = "公示表: a village's (or 组's) quotes for public scrutiny, names and ID numbers masked")
public class PublicationResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PublicationService publication;
    private final PublicationWorkbook workbook;
    private final SecurityIdentity identity;

    public PublicationResource(PublicationService publication, PublicationWorkbook workbook,
                               SecurityIdentity identity) {
        this.publication = publication;
        this.workbook = workbook;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "The 公示表", description = "Every household of the village (and 组) with its current ledger "
            + "entry: 编号, 户主 and 身份证号 masked (always), areas, amounts per section, total, area swaps, the "
            + "incentive's status. round 1 or 2 (default 1); from/to the publication period (default from today, "
            + "compensation.publication.days long). Staff and auditors.")
    public PublicationViews.Table table(@QueryParam("village") @Size(max = 200) String village,
                                        @QueryParam("group") @Size(max = 100) String group,
                                        @QueryParam("round") String round, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        return publication.table(PublicationService.Request.of(village, group, round, from, to), Caller.of(identity));
    }

    @GET
    @Path("/export")
    @Produces(XLSX)
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "The 公示表 as a workbook", description = "The same table, landscape A4, header repeated.")
    public Response export(@QueryParam("village") @Size(max = 200) String village,
                           @QueryParam("group") @Size(max = 100) String group, @QueryParam("round") String round,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        PublicationViews.Table t = publication.table(PublicationService.Request.of(village, group, round, from, to), Caller.of(identity));
        return Response.ok(workbook.write(t), XLSX).header("Content-Disposition", "attachment; filename=\"publication"
                + "-" + t.round() + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode(t.title() + ".xlsx",
                StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
