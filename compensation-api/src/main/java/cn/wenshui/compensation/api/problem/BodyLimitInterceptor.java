package cn.wenshui.compensation.api.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of every request body read into an object and stops at {@code compensation.max-body-bytes}: a
 * body sent in chunks announces no length, so {@link BodySizeFilter} cannot refuse it up front, and Vert.x's own
 * limit is the 32 MiB of workbook uploads. The reader then fails with {@link TooLarge}, answered as the same 413
 * problem. Workbook uploads are multipart form parts, which no entity reader reads: their limit stays the filter's,
 * Vert.x's and {@code BatchResource}'s ({@link BodyLimits}).
 */
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {
    @Inject
    BodyLimits limits;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException {
        long maxBytes = limits.body();
        Limited body = new Limited(ctx.getInputStream(), maxBytes);
        ctx.setInputStream(body);
        try {
            return ctx.proceed();
        } catch (IOException | RuntimeException e) {
            if (body.exceeded) {
                throw new TooLarge(maxBytes); // whatever the reader made of it (Jackson wraps it inside a list)
            }
            throw e;
        }
    }

    /** The body went past the limit while being read. */
    public static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("the request body exceeds the limit of " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;
        private boolean exceeded;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new TooLarge(limit);
            }
        }
    }
}
