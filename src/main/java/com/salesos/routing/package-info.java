/**
 * Route optimisation: vehicle routing with time windows, working hours, lunch breaks, priorities and optional
 * stops, solved with jsprit; pure planning code that knows no sales feature, web layer or database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.salesos.routing;
