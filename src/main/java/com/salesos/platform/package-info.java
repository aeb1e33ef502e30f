/**
 * Cross-cutting platform pieces every feature may use: the embedded database, the clock, problem+json
 * errors, the list shape and idempotent POSTs.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.salesos.platform;
