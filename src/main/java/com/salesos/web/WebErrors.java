package com.salesos.web;

import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** The rep's and manager's pages answer unknown ids, bad input and illegal state changes with a page, never a 500. */
@ControllerAdvice(basePackageClasses = WebErrors.class)
class WebErrors {

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

    static ModelAndView problem(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("web/problem", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
