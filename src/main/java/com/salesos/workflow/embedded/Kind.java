package com.salesos.workflow.embedded;

/** The element kinds the engine executes; anything else is refused at deployment. */
enum Kind {
    PROCESS, START_EVENT, END_EVENT, INTERMEDIATE_THROW_EVENT, INTERMEDIATE_CATCH_EVENT, BOUNDARY_EVENT,
    SERVICE_TASK, SEND_TASK, BUSINESS_RULE_TASK, SCRIPT_TASK, USER_TASK, RECEIVE_TASK, TASK, MANUAL_TASK,
    EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY, INCLUSIVE_GATEWAY, EVENT_BASED_GATEWAY, SUB_PROCESS, CALL_ACTIVITY,
    MULTI_INSTANCE_BODY;

    boolean isActivity() {
        return switch (this) {
            case SERVICE_TASK, SEND_TASK, BUSINESS_RULE_TASK, SCRIPT_TASK, USER_TASK, RECEIVE_TASK, TASK,
                    MANUAL_TASK, SUB_PROCESS, CALL_ACTIVITY -> true;
            default -> false;
        };
    }

    boolean isGateway() {
        return this == EXCLUSIVE_GATEWAY || this == PARALLEL_GATEWAY || this == INCLUSIVE_GATEWAY
                || this == EVENT_BASED_GATEWAY;
    }
}
