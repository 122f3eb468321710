package org.careflow;

import org.camunda.bpm.spring.boot.starter.configuration.Ordering;

/**
 * CareFlow's engine customisations, each an engine plugin of its own, in the order the engine runs
 * them: Camunda's starter hands the engine every plugin bean as one list sorted by {@code @Order},
 * and calls each phase (preInit, postInit, postProcessEngineBuild) on them in that order. Camunda's
 * own configuration of the engine (data source, job executor, authorization, generic properties;
 * orders -1 to 1) comes before all of them; its plugins without an order come after.
 */
public final class EnginePlugins {

    private static final int AFTER_CAMUNDAS_CONFIGURATION = Ordering.DEFAULT_ORDER + 100;

    // Refusals: before any plugin has changed the engine or written anything.

    /** The production profile refuses the demo organisation and guessable passwords, before anything else. */
    public static final int PRODUCTION_SAFETY = AFTER_CAMUNDAS_CONFIGURATION;

    // How the engine works, set before it is built: each adds to a list the engine asks in this order.

    /** Sets the BPMN parse factory that checks every model: first of the behaviours, it decides whether a model is taken at all. */
    public static final int MODEL_CHECKS = PRODUCTION_SAFETY + 1;
    /** The one pre-parse listener: the business key's check, built into every process's start before the model's own listeners. */
    public static final int BUSINESS_KEY_LENGTH = MODEL_CHECKS + 1;
    /** Post-parse listeners on every user task (name, managers, form checks, case facts unchanged): behaviour before measuring. */
    public static final int TASK_CONVENTIONS = BUSINESS_KEY_LENGTH + 1;
    /** A post-parse listener that only measures the escalation's start: after the listeners that change what happens. */
    public static final int ESCALATION_LAG_METER = TASK_CONVENTIONS + 1;
    /** A command interceptor (refuses a case started part-way); guards other commands than the next, so either may go first. */
    public static final int CASES_START_AT_THEIR_START = ESCALATION_LAG_METER + 1;
    /** A command interceptor (another team's comments and attachments), asked after the one above. */
    public static final int TASK_RECORDS_OF_READABLE_TASKS = CASES_START_AT_THEIR_START + 1;
    /** Serializers asked before the engine's own (long text whole, serialized objects refused), and before any a later plugin adds. */
    public static final int VARIABLE_SERIALIZERS = TASK_RECORDS_OF_READABLE_TASKS + 1;
    /** Sets the metrics registry in preInit, before init would create one of its own; independent of the others. */
    public static final int JOB_EXECUTOR_METERS = VARIABLE_SERIALIZERS + 1;
    /** Adds, in preInit, the authorization manager that checks groups without scanning the grant table; independent of the others. */
    public static final int GROUP_CHECKS_WITHOUT_SCAN = JOB_EXECUTOR_METERS + 1;
    /** Sets the history level in preInit (full, without restating an escalation's inputs); independent of the others. */
    public static final int INPUTS_HISTORY_ONCE = GROUP_CHECKS_WITHOUT_SCAN + 1;
    /** postInit: replaces {@code currentUserGroups()} in the expression manager, which exists only once init has run. */
    public static final int CURRENT_USER_GROUPS_FUNCTION = INPUTS_HISTORY_ONCE + 1;

    // Work on the built engine, before the job executor and the web apps serve anyone.

    /** CareFlow's migrations change Camunda's tables (indexes, V2's grants) before anything else writes to them. */
    public static final int DATABASE_MIGRATIONS = CURRENT_USER_GROUPS_FUNCTION + 1;
    /** The team authorization provider (preInit); then, on the migrated tables, the demo organisation and standing grants. */
    public static final int ORGANISATION_SETUP = DATABASE_MIGRATIONS + 1;
    /** Everyone may start a case by its case processes: grants of the cases module, beside the organisation's standing ones. */
    public static final int CASE_START_GRANTS = ORGANISATION_SETUP + 1;
    /** Deploys processes/ and forms/ on the migrated schema; needs nothing the organisation writes. */
    public static final int MODEL_DEPLOYMENT = CASE_START_GRANTS + 1;
    /** Creates the shared Tasklist filters once; last, as nothing else depends on them. */
    public static final int TASKLIST_FILTERS = MODEL_DEPLOYMENT + 1;

    private EnginePlugins() {
    }
}
