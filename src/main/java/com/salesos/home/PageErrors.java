package com.salesos.home;

import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.UnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The UI's pages (the rep's and manager's pages, the sales-ops workbench) answer unknown ids, bad input and illegal
 * state changes with a page in the layout, never a 500; the REST API answers the same with problem+json.
 */
@ControllerAdvice(basePackages = { "com.salesos.web", "com.salesos.workbench" })
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ModelAndView invalid(InvalidFieldException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getName() + " has an invalid value");
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(UnavailableException.class)
    ModelAndView unavailable(UnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    private static ModelAndView problem(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("problem", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
