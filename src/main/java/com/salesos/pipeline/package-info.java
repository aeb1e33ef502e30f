/**
 * The pipeline: leads and their qualification, deals moving through their stages (publishing
 * {@link com.salesos.pipeline.DealWon}), and the pipeline-activity view of a rep or team.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "reps", "accounts",
        "activity", "integration" })
package com.salesos.pipeline;
