package com.salesos.workflow.zeebe;

import java.util.function.Supplier;

import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;

/**
 * Turns the cluster's refusals into the port's exceptions: REST problems by HTTP status, gRPC ones by status code.
 * Anything else (the cluster unreachable, a timeout) stays a client exception: the caller sees a 5xx, not a lie.
 */
final class Problems {

    /** What went wrong, in the port's terms. */
    enum Kind {
        NOT_FOUND, CONFLICT, INVALID, OTHER
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
                    default -> Kind.OTHER;
                };
            }
            if (t instanceof ClientStatusException grpc) {
                Status.Code code = grpc.getStatusCode();
                return code == Status.Code.NOT_FOUND ? Kind.NOT_FOUND
                        : code == Status.Code.ALREADY_EXISTS || code == Status.Code.FAILED_PRECONDITION ? Kind.CONFLICT
                        : code == Status.Code.INVALID_ARGUMENT ? Kind.INVALID : Kind.OTHER;
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
