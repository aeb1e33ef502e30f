package com.salesos.routing;

/** Why a stop is not in the plan. */
public enum LeftOutReason {
    /** No vehicle can arrive before its time window closes. */
    CANNOT_FIT_TIME_WINDOW,
    /** The visit cannot be done and the vehicle be back within the working day. */
    OVER_WORKING_DAY,
    /** Its demand exceeds every vehicle's capacity. */
    OVER_CAPACITY,
    /** It fits on its own, but not together with the other (higher-priority) stops. */
    NO_ROOM_LEFT
}
