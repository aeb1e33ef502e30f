package com.salesos.commissions;

import java.math.BigDecimal;

/**
 * The commission decision's inputs as the rep says they should have been; a null field keeps the recorded input.
 *
 * @param repRole FIELD or INSIDE
 */
public record CorrectedFacts(String repRole, String productCategory, BigDecimal marginPercent, Boolean newCustomer,
        BigDecimal quotaAttainmentPercent) {
}
