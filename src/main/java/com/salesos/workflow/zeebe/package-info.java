/**
 * The Zeebe adapter: the {@link com.salesos.workflow.Workflow} port on a Camunda 8 cluster through the Camunda 8
 * Java client, chosen by {@code salesos.workflow.engine=zeebe}; job workers become Camunda job workers.
 */
package com.salesos.workflow.zeebe;
