package cn.wenshui.compensation.api.problem;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's two body limits, read in one place: {@code compensation.max-body-bytes} for every request and
 * {@code compensation.batch.max-upload-bytes} for a workbook upload ({@code POST /batch}), which the upload page and
 * the template workbook also state.
 */
@ApplicationScoped
public class BodyLimits {
    @ConfigProperty(name = "compensation.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @ConfigProperty(name = "compensation.batch.max-upload-bytes", defaultValue = "16777216")
    long maxUploadBytes;

    /** Any request body but a workbook upload. */
    public long body() {
        return maxBodyBytes;
    }

    /** A workbook upload with its multipart framing. */
    public long upload() {
        return maxUploadBytes;
    }
}
