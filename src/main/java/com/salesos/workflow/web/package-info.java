/** The workflow REST API for sales ops, people working tasks and automation systems (all through the port). */
package com.salesos.workflow.web;
