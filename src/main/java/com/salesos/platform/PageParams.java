package com.salesos.platform;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Checks the {@code page}/{@code size} query parameters of list endpoints and turns them into a page request. */
public final class PageParams {

    public static final int MAX_SIZE = 200;

    private PageParams() {
    }

    /** @throws InvalidFieldException naming {@code page} or {@code size} when out of range */
    public static PageRequest of(int page, int size, Sort sort) {
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size, sort);
    }
}
