package com.salesos.platform;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a set size with 413 problem+json, before anyone reads them: by the declared
 * {@code Content-Length}, and for bodies sent without one by counting while the body is read. Multipart uploads
 * (models, CSV imports) have their own, larger limit.
 */
class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;
    private final ObjectMapper json;

    BodySizeLimit(long maxBody, long maxUpload, ObjectMapper json) {
        this.maxBody = maxBody;
        this.maxUpload = maxUpload;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase().startsWith("multipart/") ? maxUpload : maxBody;
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, limit) : request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (tooLarge(e) && !response.isCommitted()) {
                response.reset();
                refuse(response, limit);
                return;
            }
            throw e;
        }
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response, long limit) throws IOException {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + " bytes");
        pd.setTitle("Payload too large");
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the client may still be sending; do not keep the connection for the rest of it
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), pd);
    }

    /** Thrown while reading a body that grows past the limit (a body sent without {@code Content-Length}). */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    /** A request whose body stream fails once more than {@code limit} bytes have been read. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

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

                    private void count(int n) throws BodyTooLargeException {
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
                };
            }
            return stream;
        }
    }
}
