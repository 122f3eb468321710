/**
 * Escalations that reach people: an email to each manager (or head of service) an escalation goes
 * to, or a daily digest for those who chose one, queued in the engine's transaction and sent from
 * there, each once.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"calendar", "escalation", "input", "organisation"})
package org.careflow.notifications;

import org.springframework.modulith.ApplicationModule;
