package cn.wenshui.compensation.api.batch;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.problem.BodySizeFilter;
import cn.wenshui.compensation.api.problem.Problem;
import cn.wenshui.compensation.api.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Excel/WPS batch work for 凤城镇 staff: the template workbook, the upload that quotes every household of a filled
 * workbook, the results workbook, and the 片区 summary page. Pages are Chinese HTML; the same URLs answer JSON to
 * API clients (anything that does not ask for text/html first).
 */
@Path("/batch")
@Tag(name = "batch", description = "Excel (.xlsx) batch import of households and the 片区 summary")
public class BatchResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    @CheckedTemplate(basePath = "batch")
    static class Templates {
        static native TemplateInstance index(BatchViews.IndexPage page);

        static native TemplateInstance result(BatchViews.ResultPage page);

        static native TemplateInstance summary(BatchViews.SummaryPage page);
    }

    private final BatchService service;
    private final BatchStore store;
    private final EngineRegistry registry;

    public BatchResource(BatchService service, BatchStore store, EngineRegistry registry) {
        this.service = service;
        this.store = store;
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "批量导入 (page)", hidden = true)
    public TemplateInstance index(@QueryParam("refused") String refused) {
        if (BatchUploadLimitFilter.TOO_LARGE.equals(refused)) {
            return Templates.index(indexPage("上传的文件超过 " + BatchViews.bytes(service.uploadLimit())
                    + " 的上限,未导入。请把住户分成几个工作簿分别上传。", true));
        }
        return Templates.index(indexPage(null, false));
    }

    @GET
    @Path("template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The template workbook (住户, 清单, 养殖场所, hidden 标准, 说明)")
    public Response template() {
        return Response.ok(service.template(), XLSX)
                .header("Content-Disposition", attachment("batch-template.xlsx", "补偿批量导入模板.xlsx"))
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "Upload a filled workbook and quote every household",
            description = "multipart/form-data with the part 'file' (.xlsx); optional 'persist' (on/true) records each "
                    + "quoted household in the ledger, 'operator' names who did. Answers 201 with the batch (JSON) and "
                    + "its Location; a browser (Accept: text/html) is redirected to the batch's page. Households with "
                    + "errors are skipped and listed with sheet, row and column; the others are quoted.")
    public Response upload(@RestForm("file") FileUpload file, @RestForm(FileUpload.ALL) List<FileUpload> uploads,
                           @RestForm("persist") String persist, @RestForm("operator") String operator,
                           @Context HttpHeaders headers) {
        boolean html = wantsHtml(headers);
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return refuse(html, 400, "file", "file-required", "请选择要上传的 .xlsx 文件",
                    "a multipart part named 'file' holding the .xlsx workbook is required");
        }
        long received = uploads == null ? file.size() : uploads.stream().mapToLong(FileUpload::size).sum();
        if (received > service.uploadLimit()) {
            // sent in chunks, without a length, so BodySizeFilter could not refuse it before it arrived
            return html ? BatchUploadLimitFilter.backToUploadPage()
                    : BodySizeFilter.filesTooLarge(service.uploadLimit(), received, "/batch");
        }
        if (operator != null && operator.length() > 100) {
            return refuse(html, 400, "operator", "too-long", "经办人不得超过100个字符",
                    "operator must be at most 100 characters");
        }
        if (operator != null && operator.chars().anyMatch(Character::isISOControl)) {
            // as for X-Operator: a name never holds \r, \n or NUL, which would forge lines in exports and logs
            return refuse(html, 400, "operator", "control-character", "经办人不得含有控制字符(如换行、NUL)",
                    "operator must not contain control characters (such as CR, LF or NUL)");
        }
        BatchResult result;
        try {
            result = service.importFile(file.uploadedFile(), file.fileName(), isOn(persist), operator);
        } catch (BatchParser.WorkbookException e) {
            BatchError err = e.error();
            return refuse(html, 422, err.sheet() == null ? "file" : err.sheet(), err.rule(), err.messageZh(),
                    err.messageEn());
        } catch (BatchGate.Busy e) {
            return busy(html, e);
        }
        URI location = URI.create("/batch/" + result.batchId());
        if (html) {
            return Response.seeOther(location).build();
        }
        return Response.created(location).type(MediaType.APPLICATION_JSON).entity(BatchViews.view(result)).build();
    }

    @GET
    @Path("summary")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "片区汇总 (page)", hidden = true)
    public Response summary(@QueryParam("batch") String batch) {
        BatchResult b;
        if (batch == null || batch.isBlank()) {
            b = store.latest().orElse(null);
        } else {
            b = store.get(batch.strip()).orElse(null);
            if (b == null) {
                return Response.status(404).type(MediaType.TEXT_HTML)
                        .entity(Templates.index(indexPage("没有编号为「" + batch.strip()
                                + "」的批次(批次只保存在内存中,服务重启或超出保存数量后会被清除),请重新上传。", true)))
                        .build();
            }
        }
        return Response.ok(Templates.summary(BatchViews.summaryPage(b, store.recent())), MediaType.TEXT_HTML).build();
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "A batch: totals, quoted and skipped households, errors")
    public Response batch(@PathParam("id") String id, @Context HttpHeaders headers) {
        boolean html = wantsHtml(headers);
        BatchResult b = store.get(id).orElse(null);
        if (b == null) {
            return notFound(html, id);
        }
        if (html) {
            return Response.ok(Templates.result(BatchViews.resultPage(b)), MediaType.TEXT_HTML).build();
        }
        return Response.ok(BatchViews.view(b), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/results.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "The results workbook: 住户汇总, 明细, 片区汇总, 错误")
    public Response results(@PathParam("id") String id, @Context HttpHeaders headers) {
        BatchResult b = store.get(id).orElse(null);
        if (b == null) {
            return notFound(wantsHtml(headers), id);
        }
        StreamingOutput body = out -> ResultsWorkbook.write(b, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", attachment("batch-" + b.batchId() + "-results.xlsx",
                        "补偿结果-" + b.batchId().substring(0, 8) + ".xlsx"))
                .build();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private BatchViews.IndexPage indexPage(String message, boolean error) {
        return new BatchViews.IndexPage(message, error, store.recent().stream().map(BatchViews::recent).toList(),
                BatchViews.bytes(service.uploadLimit()), registry.latest().documentNumber(),
                registry.latest().version(), BatchParser.MAX_HOUSEHOLDS, BatchParser.MAX_ITEM_ROWS,
                service.queueWaitSeconds());
    }

    private Response refuse(boolean html, int status, String field, String rule, String zh, String en) {
        if (html) {
            return Response.status(status).type(MediaType.TEXT_HTML).entity(Templates.index(indexPage(zh, true)))
                    .build();
        }
        throw status == 422 ? ProblemException.invalidWorkbook(field, rule, zh, en)
                : ProblemException.badField(status, field, rule, zh, en);
    }

    /**
     * 503 with Retry-After: another workbook is being quoted and this one could not start in time. Nothing was read
     * or stored; the same upload can simply be sent again.
     */
    private Response busy(boolean html, BatchGate.Busy e) {
        long after = e.retryAfterSeconds();
        String zh = "服务器正在计算其他工作簿" + (e.queueFull() ? ",等待的上传已满" : ",本次等待超时")
                + ",本工作簿未导入。请约 " + after + " 秒后重新上传(同一文件即可)。";
        String en = "another workbook is being quoted and this one could not start in time"
                + (e.queueFull() ? " (the upload queue is full)" : "") + "; nothing was imported, upload it again in about "
                + after + " s";
        if (html) {
            return Response.status(503).type(MediaType.TEXT_HTML).header("Retry-After", after)
                    .entity(Templates.index(indexPage(zh, true))).build();
        }
        Problem p = Problem.busy("/batch", "file", "batch-busy", zh, en);
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", after).entity(p).build();
    }

    private Response notFound(boolean html, String id) {
        if (html) {
            return Response.status(404).type(MediaType.TEXT_HTML).entity(Templates.index(indexPage("没有编号为「" + id
                    + "」的批次(批次只保存在内存中,服务重启或超出保存数量后会被清除),请重新上传。", true))).build();
        }
        throw ProblemException.notFound("no batch " + id + " (batches are kept in memory only)",
                "没有编号为「" + id + "」的批次(批次只保存在内存中)");
    }

    /** A browser asks for text/html before anything else; API clients (any type, JSON) get JSON. */
    static boolean wantsHtml(HttpHeaders headers) {
        return headers != null && wantsHtml(headers.getAcceptableMediaTypes());
    }

    static boolean wantsHtml(List<MediaType> accepted) {
        if (accepted == null || accepted.isEmpty()) {
            return false;
        }
        MediaType first = accepted.get(0);
        return HTML_TYPES.contains(first.getType() + "/" + first.getSubtype());
    }

    private static boolean isOn(String v) {
        return v != null && Set.of("on", "true", "1", "yes", "是").contains(v.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** RFC 6266: an ASCII fallback name and the UTF-8 name. */
    static String attachment(String ascii, String utf8) {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(utf8, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
