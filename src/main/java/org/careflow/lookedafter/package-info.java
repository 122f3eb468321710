/**
 * Looked-after children (lookedAfter.bpmn): the period of care, its legal status and placements in
 * the SSDA903 codes, written as the return's episodes ({@code CF_CARE_EPISODE}) in the engine's
 * transaction; the visit standard each placement sets (reg 28) and the chain of reviews (reg 33).
 */
@ApplicationModule(displayName = "Looked-after children", allowedDependencies = {"calendar", "codes", "input", "timescales"})
package org.careflow.lookedafter;

import org.springframework.modulith.ApplicationModule;
