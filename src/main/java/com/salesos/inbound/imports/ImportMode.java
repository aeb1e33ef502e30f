package com.salesos.inbound.imports;

import com.salesos.platform.InvalidFieldException;

/** What happens to the good rows of a file with bad ones: nothing is imported, or the good rows are. */
enum ImportMode {

    ALL_OR_NOTHING("all-or-nothing"), VALID_ROWS("valid-rows");

    final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    /** @throws InvalidFieldException naming {@code mode} for anything else */
    static ImportMode of(String parameter) {
        for (ImportMode mode : values()) {
            if (mode.parameter.equals(parameter)) {
                return mode;
            }
        }
        throw new InvalidFieldException("mode", "must be all-or-nothing or valid-rows");
    }
}
