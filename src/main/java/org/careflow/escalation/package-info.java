/**
 * What happens when a statutory step's deadline passes: the escalation process's beans (which
 * occurrence of which step is overdue, learnt from the step's declaration; whether it is still not
 * done), the escalation's contract ({@code EscalationProcess}: its inputs, tasks and stages) and where
 * each escalation stands for the oversight view.
 */
@ApplicationModule(displayName = "Escalation", allowedDependencies = {"calendar", "cases", "organisation", "steps", "timescales"})
package org.careflow.escalation;

import org.springframework.modulith.ApplicationModule;
