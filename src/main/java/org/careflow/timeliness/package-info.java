/**
 * Timeliness against the national figures: for a period and the teams a reader may see, the share of
 * statutory steps done within their timescale (referral decisions, assessments by the statutory and the
 * DfE's measure, initial conferences, core groups, reviews, visits), the length of care proceedings,
 * re-referrals, repeat and long child protection plans; per team, per worker and per month, each beside
 * its national figure. Read from the statutory step ledger ({@code CF_STEP}), never by scanning the engine;
 * {@link org.careflow.timeliness.TimelinessMeasures#measure} is the one entry point, for the page
 * {@code /oversight/timeliness}, its API, and whoever checks the figures (a replay of a year).
 */
@ApplicationModule(displayName = "Timeliness", allowedDependencies = {"calendar", "input", "organisation"})
package org.careflow.timeliness;

import org.springframework.modulith.ApplicationModule;
