/**
 * Sales reps, their managers and quotas, sales territories (GeoJSON boundaries and postal codes) and which rep
 * covers which territory when; answers the security module's team question.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "workflow" })
package com.salesos.reps;
