/**
 * Working days and bank holidays: the authority's region and zone, GOV.UK's bank holidays and the
 * rules for the years they do not cover; and the time it is now, as the engine tells it
 * ({@link org.careflow.calendar.EngineClock}). The foundation every statutory clock counts on; it
 * depends on no other module.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {})
package org.careflow.calendar;

import org.springframework.modulith.ApplicationModule;
