package com.salesos.routing;

/** A stop the plan does not visit, with the reason and an explanation carrying the numbers. */
public record LeftOutStop(String stopId, LeftOutReason reason, String explanation) {
}
