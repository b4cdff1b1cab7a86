package cn.wenshui.compensation.api.bench;

import cn.wenshui.compensation.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A measuring instrument, not a feature: answers a quote request with the bytes of a quote computed beforehand, read
 * from the file {@code compensation.bench.precomputed-quote} names. Same log-in, roles, filters and HTTP stack as
 * {@code POST /api/v1/quotes}, so the HTTP load script can set what the service's own work costs (read, quote, write)
 * against sending the same answer (docs/performance.md, "HTTP load"). Unset — the default — it is a 404 like any
 * unknown path. The request body is read and dropped, as the quote endpoint reads it.
 */
@Path("/api/v1/bench/precomputed-quote")
public class PrecomputedQuoteResource {
    private final Optional<String> file;
    private volatile byte[] answer;

    public PrecomputedQuoteResource(@ConfigProperty(name = "compensation.bench.precomputed-quote") Optional<String> file) {
        this.file = file;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.APPRAISER, Roles.AUDITOR})
    @Operation(hidden = true)
    public byte[] send(byte[] household) {
        byte[] bytes = answer;
        if (bytes == null) {
            // read on first use: the load script writes the file from the service's own answer after start
            java.nio.file.Path path = file.map(java.nio.file.Path::of).filter(Files::isRegularFile)
                    .orElseThrow(NotFoundException::new);
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            answer = bytes;
        }
        return bytes;
    }
}
