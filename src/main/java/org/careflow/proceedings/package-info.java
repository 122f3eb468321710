/**
 * Care proceedings under the Public Law Outline: hearings listed by the court inside their
 * windows, and the 26 weeks as extensions move their end (beans of careProceedings.bpmn).
 */
@ApplicationModule(displayName = "Care proceedings")
package org.careflow.proceedings;

import org.springframework.modulith.ApplicationModule;
