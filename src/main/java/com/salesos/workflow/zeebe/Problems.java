package com.salesos.workflow.zeebe;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.UnavailableException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import org.apache.hc.core5.http.ConnectionClosedException;

/**
 * Turns the cluster's refusals into the port's exceptions: REST problems by HTTP status, gRPC ones by status code.
 * A cluster that cannot be reached or does not answer in time (connection refused, timeout, 502/503/504, gRPC
 * UNAVAILABLE or DEADLINE_EXCEEDED) becomes {@link UnavailableException}, which the web layer answers with 503;
 * anything else stays the client's exception.
 */
final class Problems {

    /** What went wrong, in the port's terms. */
    enum Kind {
        NOT_FOUND, CONFLICT, INVALID, UNAVAILABLE, OTHER
    }

    private Problems() {
    }

    /** Runs a cluster call; a 404 names the given resource and key. */
    static <T> T call(String resource, Object key, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw translate(e, resource, key);
        }
    }

    static RuntimeException translate(RuntimeException e, String resource, Object key) {
        return switch (kind(e)) {
            case NOT_FOUND -> new NotFoundException(resource, key);
            case CONFLICT -> new ConflictException(resource + " " + key + ": " + message(e));
            // the cluster refuses input it cannot use (a variable document, a FEEL value) with a 400
            case INVALID -> new InvalidFieldException("variables", message(e));
            case UNAVAILABLE -> new UnavailableException("The Camunda cluster is unavailable: " + message(e), e);
            case OTHER -> e;
        };
    }

    static Kind kind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClientHttpException http) {
                return switch (http.code()) {
                    case 404 -> Kind.NOT_FOUND;
                    case 409 -> Kind.CONFLICT;
                    case 400 -> Kind.INVALID;
                    case 502, 503, 504 -> Kind.UNAVAILABLE;
                    default -> Kind.OTHER;
                };
            }
            if (t instanceof ClientStatusException grpc) {
                Status.Code code = grpc.getStatusCode();
                return code == Status.Code.NOT_FOUND ? Kind.NOT_FOUND
                        : code == Status.Code.ALREADY_EXISTS || code == Status.Code.FAILED_PRECONDITION ? Kind.CONFLICT
                        : code == Status.Code.INVALID_ARGUMENT ? Kind.INVALID
                        : code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED ? Kind.UNAVAILABLE
                        : Kind.OTHER;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof TimeoutException
                    || t instanceof SocketTimeoutException || t instanceof ConnectionClosedException) {
                return Kind.UNAVAILABLE;
            }
        }
        return Kind.OTHER;
    }

    /** The cluster's explanation: the problem's detail, else the exception's message. */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem && problem.details() != null
                    && problem.details().getDetail() != null) {
                return problem.details().getDetail();
            }
            if (t instanceof ClientStatusException grpc && grpc.getStatus().getDescription() != null) {
                return grpc.getStatus().getDescription();
            }
        }
        return String.valueOf(e.getMessage());
    }
}
