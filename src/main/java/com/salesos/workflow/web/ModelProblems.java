package com.salesos.workflow.web;

import java.util.List;
import java.util.stream.Collectors;

import com.salesos.workflow.ModelValidationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused model is a 400 whose {@code problems} name each file, element id and element type. */
@RestControllerAdvice(assignableTypes = ModelController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelProblems {

    record FieldError(String field, String message) {
    }

    @ExceptionHandler(ModelValidationException.class)
    ResponseEntity<ProblemDetail> invalidModel(ModelValidationException e) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        pd.setTitle("Invalid model");
        pd.setDetail(e.problems().stream().map(p -> p.resource() + (p.elementId() == null ? "" : " ["
                + p.elementId() + (p.elementType() == null ? "" : ", " + p.elementType()) + "]") + ": " + p.message())
                .collect(Collectors.joining("; ")));
        pd.setProperty("problems", e.problems());
        pd.setProperty("errors", List.of(new FieldError("files", pd.getDetail())));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
