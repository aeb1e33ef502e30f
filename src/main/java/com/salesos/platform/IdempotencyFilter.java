package com.salesos.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

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
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes POSTs under {@code /api} that carry an {@code Idempotency-Key} header safe to retry: the same key and
 * body from the same caller returns the first answer (status and body) and runs nothing again; the same key with
 * another body is refused with 422. Successful answers are kept, and so is a failed one after the request changed
 * something (a retry would not find the same state); a failed call that changed nothing may be retried as it is.
 * A request whose changes committed but whose node died before its answer was kept is never run again: a retry gets
 * 409 saying so ({@link IdempotencyEffects} marks the claim in the request's own transaction).
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Duration IN_PROGRESS_TIMEOUT = Duration.ofMinutes(2);

    private final IdempotencyRecords records;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotencyFilter(IdempotencyRecords records, ObjectMapper json, Clock clock) {
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > 200) {
            writeProblem(response, ApiErrors.fieldProblem(java.util.List.of(
                    new InvalidFieldException.FieldError(HEADER, "must be 1 to 200 characters"))));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String principal = principal();
        String hash = hash(request.getMethod(), request.getRequestURI(), request.getQueryString(), body);
        Instant now = clock.instant();

        if (!records.tryBegin(principal, key, request.getRequestURI(), hash, now)) {
            Optional<IdempotencyRecords.Stored> stored = records.find(principal, key);
            if (stored.isPresent()) {
                IdempotencyRecords.Stored s = stored.get();
                if (!s.requestHash().equals(hash)) {
                    writeProblem(response, ApiErrors.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                            "Idempotency-Key was already used for a different request"));
                    return;
                }
                if (s.completed()) {
                    response.setStatus(s.status());
                    if (s.contentType() != null) {
                        response.setContentType(s.contentType());
                    }
                    response.setHeader("Idempotency-Replayed", "true");
                    response.getOutputStream().write(s.body());
                    return;
                }
                if (s.carriedOut() && !s.startedAt().isAfter(now.minus(IN_PROGRESS_TIMEOUT))) {
                    writeProblem(response, ApiErrors.problem(HttpStatus.CONFLICT, "Request carried out, answer lost",
                            "The request with this Idempotency-Key was carried out, but its answer was lost when the "
                                    + "server stopped; it is not run again: look the result up instead"));
                    return;
                }
                if (s.startedAt().isAfter(now.minus(IN_PROGRESS_TIMEOUT))
                        || !records.takeOver(principal, key, s.startedAt(), now)) {
                    writeProblem(response, ApiErrors.problem(HttpStatus.CONFLICT, "Request in progress",
                            "A request with this Idempotency-Key is still being processed"));
                    return;
                }
            }
        }

        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        IdempotencyEffects.begin(principal, key);
        try {
            chain.doFilter(new ReplayedBodyRequest(request, body), wrapped);
            if (wrapped.getStatus() >= 200 && wrapped.getStatus() < 300 || records.carriedOut(principal, key)) {
                records.complete(principal, key, wrapped.getStatus(), wrapped.getContentType(),
                        wrapped.getContentAsByteArray(), clock.instant());
                kept = true;
            }
        } finally {
            IdempotencyEffects.end();
            if (!kept) {
                records.forget(principal, key);
            }
            wrapped.copyBodyToResponse();
        }
    }

    private void writeProblem(HttpServletResponse response, ResponseEntity<Object> problem) throws IOException {
        response.setStatus(problem.getStatusCode().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem.getBody());
    }

    private static String principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    static String hash(String method, String uri, String query, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + ' ' + uri + '?' + (query == null ? "" : query) + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives the already-read body to the rest of the chain. */
    private static final class ReplayedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
