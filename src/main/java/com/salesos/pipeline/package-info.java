/**
 * The pipeline: leads and their qualification, deals moving through their stages (publishing
 * {@link com.salesos.pipeline.DealWon}), and the pipeline-activity view of a rep or team. CRM leads go through
 * {@link com.salesos.pipeline.LeadIntake} and its {@code lead-intake} process workers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "reps", "accounts",
        "activity", "workflow", "integration" })
package com.salesos.pipeline;
