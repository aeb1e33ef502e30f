package com.salesos.platform;

/** An id that names nothing the caller may see; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
    }
}
