package com.salesos.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns every failure of a REST call into RFC 7807 {@code application/problem+json}. Input errors list each
 * offending field in {@code errors: [{field, message}]}; nothing internal leaks into a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e) {
        return fieldProblem(e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "The record was changed by someone else; reload and try again");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", "The change conflicts with existing data");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You may not access this resource");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        return fieldProblem(e.getConstraintViolations().stream()
                .map(v -> new InvalidFieldException.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return fieldProblem(List.of(new InvalidFieldException.FieldError(e.getName(), "has an invalid value")));
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<Object> unavailable(UnavailableException e) {
        log.warn("A system the request needs is unavailable: {}", e.toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", e.getMessage());
    }

    @ExceptionHandler(UnsupportedOperationException.class)
    ResponseEntity<Object> notImplemented(UnsupportedOperationException e) {
        return problem(HttpStatus.NOT_IMPLEMENTED, "Not implemented", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "An unexpected error occurred");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return fieldProblem(bindErrors(e));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> errors.add(new InvalidFieldException.FieldError(
                    err instanceof org.springframework.validation.FieldError fe ? fe.getField() : name,
                    err.getDefaultMessage())));
        });
        return fieldProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return fieldProblem(List.of(new InvalidFieldException.FieldError(e.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return fieldProblem(List.of(new InvalidFieldException.FieldError(e.getRequestPartName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", "The upload is larger than allowed");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimit.BodyTooLargeException) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", t.getMessage());
            }
        }
        if (e.getCause() instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = jsonPath(jme);
            String message;
            if (jme instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (jme instanceof InvalidFormatException ife && ife.getTargetType() != null
                    && ife.getTargetType().isEnum()) {
                message = "must be one of " + java.util.Arrays.toString(ife.getTargetType().getEnumConstants());
            } else {
                message = "has an invalid value";
            }
            return fieldProblem(List.of(new InvalidFieldException.FieldError(field, message)));
        }
        if (e.getCause() instanceof JsonMappingException) {
            // the body as a whole has the wrong shape: a string, number or array where an object belongs
            return fieldProblem(List.of(new InvalidFieldException.FieldError("body", "must be a JSON object")));
        }
        if (e.getCause() instanceof StreamReadException sre && sre.getProcessor() != null) {
            // a number too large for its field, or JSON that breaks off: name the field the parser stood at
            String field = jsonPath(sre.getProcessor().getParsingContext());
            return fieldProblem(List.of(new InvalidFieldException.FieldError(field.isEmpty() ? "body" : field,
                    sre instanceof InputCoercionException ? "is out of range" : "is not valid JSON")));
        }
        return fieldProblem(List.of(new InvalidFieldException.FieldError("body", "is not valid JSON")));
    }

    static List<InvalidFieldException.FieldError> bindErrors(BindException e) {
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        e.getFieldErrors().forEach(fe -> errors.add(new InvalidFieldException.FieldError(fe.getField(),
                fe.getDefaultMessage())));
        e.getGlobalErrors().forEach(ge -> errors.add(new InvalidFieldException.FieldError(ge.getObjectName(),
                ge.getDefaultMessage())));
        return errors;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String jsonPath(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        // "create.request.email" -> "email": drop the method and parameter names
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    static ResponseEntity<Object> fieldProblem(List<InvalidFieldException.FieldError> errors) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        pd.setTitle("Invalid request");
        pd.setDetail(errors.stream().map(er -> er.field() + ": " + er.message()).collect(Collectors.joining("; ")));
        pd.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, @Nullable String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(title);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }
}
