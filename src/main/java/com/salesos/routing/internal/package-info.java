/** The jsprit side of route planning: the model, the objective, the search phases and the timeline of a route. */
package com.salesos.routing.internal;
