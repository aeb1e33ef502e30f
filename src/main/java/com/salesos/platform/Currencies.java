package com.salesos.platform;

import java.util.Currency;

/** Checks ISO 4217 currency codes at the edge, so {@link Money} never sees an unknown one. */
public final class Currencies {

    private Currencies() {
    }

    /** @throws InvalidFieldException naming {@code field} when {@code code} is not an ISO 4217 code */
    public static String require(String code, String field) {
        try {
            if (code != null && code.equals(Currency.getInstance(code).getCurrencyCode())) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the field error
        }
        throw new InvalidFieldException(field, "must be an ISO 4217 currency code such as EUR");
    }
}
