package com.salesos.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem+json for API callers. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            if (e instanceof LockoutAuthenticationProvider.SignInLockedException locked) {
                long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), locked.until()).toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                write(json, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins with this name from"
                        + " this address; try again in " + seconds + " seconds");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Sales OS\"");
            write(json, response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic or an X-API-Key header");
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.FORBIDDEN, "You may not access this resource");
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), pd);
    }
}
