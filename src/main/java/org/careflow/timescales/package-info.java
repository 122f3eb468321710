/**
 * Deadlines: the one place that turns a timescale id and the event its clock runs from into a
 * deadline ({@code DeadlineCalculator}), the timescales as the decision deployed with the models gives
 * them, event dates, open deadlines moved together, and timeliness recorded. A foundation: it knows
 * working days and how refused input is answered, nothing of cases or processes.
 */
@ApplicationModule(displayName = "Timescales and deadlines", allowedDependencies = {"calendar", "input"})
package org.careflow.timescales;

import org.springframework.modulith.ApplicationModule;
