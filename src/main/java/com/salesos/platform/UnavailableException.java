package com.salesos.platform;

/**
 * A system the request depends on (e.g. the Camunda 8 cluster) cannot be reached or did not answer in time;
 * answered with 503, so that the caller retries later instead of reading a 500 as a bug.
 */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
