/**
 * The AI Sales Manager's insights (risks, opportunities, coaching hints) about a subject, with score, explanation
 * and evidence, and their acknowledgement. The AI Sales Manager itself comes later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security" })
package com.salesos.ai;
