package com.salesos.platform;

/** A state change the aggregate refuses in its current state (an illegal transition); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
