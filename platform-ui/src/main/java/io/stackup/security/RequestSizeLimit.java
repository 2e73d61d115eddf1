package io.stackup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything parses it (ADR 0011's sibling concern: one request must not take the heap
 * of every tenant). A declared {@code Content-Length} over the limit is refused at once with 413 and a problem body; a
 * body without one (chunked) is counted as it is read and the read fails with {@link BodyTooLargeException} at the
 * limit, which the API answers with the same 413. The limit depends on the path, tightest for anonymous callers:
 * {@code /public/**} (a respondent's submission) and {@code /api/v1/signups} (a stranger's sign-up), template imports ({@code POST /api/v1/templates}: the format's 2 MiB
 * and some room), the rest of {@code /api/**}, and everything else (the UI's own requests and uploads).
 */
public final class RequestSizeLimit extends OncePerRequestFilter {

    /** The limits by kind of request, in bytes. */
    public record Limits(DataSize publicBody, DataSize templateBody, DataSize apiBody, DataSize otherBody) {}

    private final Limits limits;

    public RequestSizeLimit(Limits limits) {
        this.limits = limits;
    }

    /** Thrown by a body's stream when more than the limit is read; the API answers 413. */
    public static final class BodyTooLargeException extends IOException {

        private final long limit;

        BodyTooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/public/") || path.equals("/api/v1/signups")) {
            return limits.publicBody().toBytes();
        }
        if (path.equals("/api/v1/templates") && "POST".equals(request.getMethod())) {
            return limits.templateBody().toBytes();
        }
        if (path.startsWith("/api/")) {
            return limits.apiBody().toBytes();
        }
        return limits.otherBody().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Bounded(request, limit), response);
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        ProblemWriter.write(response, problem(limit));
    }

    /** The 413 problem, also the API's for a chunked body found too large while it was read. */
    public static ProblemDetail problem(long limit) {
        return ProblemWriter.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "Request body too large",
                "This request may carry at most " + limit + " bytes. Send less: for a template, split it; for answers,"
                        + " send them one question at a time.");
    }

    /** A request whose body stream fails once more than {@code limit} bytes are read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream counted = stream;
            if (counted == null) {
                counted = new Counting(super.getInputStream(), limit);
                stream = counted;
            }
            return counted;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
