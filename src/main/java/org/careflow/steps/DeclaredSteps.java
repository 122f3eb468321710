package org.careflow.steps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The statutory steps one model declares, read through Camunda's BPMN model API, and what each
 * dated element of the model follows: a user task the step it is (or the sub-process it runs in),
 * a timer the step whose deadline it waits for, an escalation the step it escalates. The same
 * reading serves the engine's parse, the checks at deployment and the case facts, so they agree.
 */
public final class DeclaredSteps {

    /** The process every overdue step calls (processes/escalation.bpmn). */
    public static final String ESCALATION_PROCESS = "escalation";

    private final Map<String, StepDeclaration> declared = new LinkedHashMap<>();
    private final Map<String, StepDeclaration> tasks = new LinkedHashMap<>();
    private final Map<String, StepDeclaration> timers = new LinkedHashMap<>();
    private final Map<String, StepDeclaration> escalations = new LinkedHashMap<>();
    private final List<ModelProblem> problems = new ArrayList<>();
    private final Set<String> setInModel = new HashSet<>();
    private final Set<String> forms = new HashSet<>();

    private DeclaredSteps() {
    }

    /** A file the model API could not read declares nothing; Camunda's parse says what is wrong with it. */
    static DeclaredSteps none() {
        return new DeclaredSteps();
    }

    public static DeclaredSteps of(BpmnModelInstance model) {
        DeclaredSteps steps = new DeclaredSteps();
        steps.read(model);
        return steps;
    }

    /** Every element that declares a rule, by id. */
    public Collection<StepDeclaration> declarations() {
        return declared.values();
    }

    /** The step a user task is, or runs within: its due and follow-up dates are the step's. */
    public Optional<StepDeclaration> ofTask(String userTaskId) {
        return Optional.ofNullable(tasks.get(userTaskId));
    }

    /** The rule of a timer: its own, or the step whose deadline it waits for. */
    public Optional<StepDeclaration> ofTimer(String timerEventId) {
        return Optional.ofNullable(timers.get(timerEventId));
    }

    /** The step an escalation (a call of {@value #ESCALATION_PROCESS}) escalates. */
    public Optional<StepDeclaration> ofEscalation(String callActivityId) {
        return Optional.ofNullable(escalations.get(callActivityId));
    }

    /**
     * The variables the model itself names as set: mapped in or out, and the quoted names in its
     * listeners' expressions (a start contract, {@code setVariable('lastReviewOn', ...)}).
     */
    public Set<String> setInModel() {
        return Set.copyOf(setInModel);
    }

    /** The forms the model's tasks and start events use, whose fields set variables too. */
    public Set<String> forms() {
        return Set.copyOf(forms);
    }

    /** What is wrong with the declarations, by element, in the words a process owner acts on. */
    public List<ModelProblem> problems() {
        return List.copyOf(problems);
    }

    private void read(BpmnModelInstance model) {
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            StepDeclaration declaration = declarationOf(element);
            if (declaration.declaresAnything()) {
                checkDeclaration(element, declaration);
                declared.put(element.getId(), declaration);
            }
        }
        model.getModelElementsByType(UserTask.class).forEach(this::readTask);
        model.getModelElementsByType(CatchEvent.class).forEach(this::readTimer);
        model.getModelElementsByType(CallActivity.class).forEach(this::readEscalation);
        readVariablesSet(model);
    }

    private void readVariablesSet(BpmnModelInstance model) {
        model.getModelElementsByType(CamundaInputParameter.class).forEach(p -> setInModel.add(p.getCamundaName()));
        model.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> setInModel.add(p.getCamundaName()));
        model.getModelElementsByType(CamundaOut.class).forEach(out -> setInModel.add(out.getCamundaTarget()));
        model.getModelElementsByType(CamundaExecutionListener.class)
                .forEach(listener -> setInModel.addAll(quoted(listener.getCamundaExpression())));
        model.getModelElementsByType(CamundaTaskListener.class)
                .forEach(listener -> setInModel.addAll(quoted(listener.getCamundaExpression())));
        model.getModelElementsByType(UserTask.class).forEach(task -> forms.add(task.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).forEach(start -> forms.add(start.getCamundaFormRef()));
        forms.remove(null);
        setInModel.remove(null);
    }

    /** The names quoted in an expression: what a listener passes by name (never read as a rule). */
    private static List<String> quoted(String expression) {
        List<String> names = new ArrayList<>();
        if (expression == null) {
            return names;
        }
        StringBuilder name = new StringBuilder();
        boolean inQuotes = false;
        for (char c : expression.toCharArray()) {
            if (c == '\'' || c == '"') {
                inQuotes = !inQuotes;
            }
            if (inQuotes && Character.isJavaIdentifierPart(c)) {
                name.append(c);
            } else if (!name.isEmpty()) {
                names.add(name.toString());
                name.setLength(0);
            }
        }
        return names;
    }

    private void checkDeclaration(FlowElement element, StepDeclaration step) {
        String id = element.getId();
        if (!(element instanceof UserTask || element instanceof SubProcess || isTimer(element))) {
            problems.add(new ModelProblem(id, describe(element) + " declares a statutory step, but only a user task, a"
                    + " sub-process or a timer can: move the declaration to the task whose deadline it is"));
        }
        if (step.timescale() != null && step.timescaleIn() != null) {
            problems.add(new ModelProblem(id, describe(element) + " names its timescale twice (" + StepDeclaration.TIMESCALE
                    + " and " + StepDeclaration.TIMESCALE_IN + "): keep one"));
        }
        boolean namesTimescale = step.timescale() != null || step.timescaleIn() != null;
        if (namesTimescale && step.clockStartsFrom() == null && step.deadlineIn() == null) {
            problems.add(new ModelProblem(id, describe(element) + " names a timescale but not the fact its clock runs from:"
                    + " set " + StepDeclaration.CLOCK_STARTS_FROM + " (Clock starts from)"));
        }
        if (!namesTimescale && step.clockStartsFrom() != null) {
            problems.add(new ModelProblem(id, describe(element) + " says where its clock starts but not which timescale"
                    + " runs: set " + StepDeclaration.TIMESCALE + " (Timescale)"));
        }
        if (!namesTimescale && step.deadlineIn() == null) {
            problems.add(new ModelProblem(id, describe(element) + " declares no timescale and no deadline date:"
                    + " set " + StepDeclaration.TIMESCALE + " and " + StepDeclaration.CLOCK_STARTS_FROM));
        }
        if (step.doneOn() != null && (step.timescale() == null || step.clockStartsFrom() == null)) {
            problems.add(new ModelProblem(id, describe(element) + " records its timeliness but has no fixed timescale and"
                    + " clock start to measure it by: set " + StepDeclaration.TIMESCALE + " and "
                    + StepDeclaration.CLOCK_STARTS_FROM));
        }
        if (step.repeatTimescale() != null && step.repeatsFrom() == null) {
            problems.add(new ModelProblem(id, describe(element) + " has a timescale for later occurrences but not the"
                    + " event they run from: set " + StepDeclaration.REPEATS_FROM + " (Repeats from)"));
        }
    }

    private void readTask(UserTask task) {
        if (task.getCamundaDueDate() != null || task.getCamundaFollowUpDate() != null) {
            problems.add(new ModelProblem(task.getId(), describe(task) + " has a due or follow-up date written by hand:"
                    + " remove it and declare the step instead (template \"Statutory step\": timescale and clock start),"
                    + " so that its due date, reminder, timer and escalation come from one rule"));
        }
        Optional<StepDeclaration> step = Optional.ofNullable(declared.get(task.getId()))
                .or(() -> enclosingStep(task));
        step.ifPresent(declaration -> tasks.put(task.getId(), declaration));
    }

    /** A task inside a sub-process that is one step (a decision and its agreement) shares its deadline. */
    private Optional<StepDeclaration> enclosingStep(FlowElement element) {
        for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof SubProcess subProcess && declared.containsKey(subProcess.getId())) {
                return Optional.of(declared.get(subProcess.getId()));
            }
        }
        return Optional.empty();
    }

    private void readTimer(CatchEvent event) {
        if (!isTimer(event) || event instanceof StartEvent) {
            return; // a start event's schedule (weekly, say) is no deadline
        }
        TimerEventDefinition timer = event.getEventDefinitions().stream()
                .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast).findFirst().orElseThrow();
        boolean timedByHand = timer.getTimeDate() != null || timer.getTimeDuration() != null || timer.getTimeCycle() != null;
        Optional<StepDeclaration> step = timerStep(event);
        if (step.isPresent() && timedByHand) {
            problems.add(new ModelProblem(event.getId(), describe(event) + " waits for the deadline of "
                    + step.get().elementId() + " but has a time of its own: remove the timer's date, duration or cycle,"
                    + " the deadline comes from the step's declaration"));
        } else if (step.isEmpty()) {
            problems.add(new ModelProblem(event.getId(), describe(event) + (timedByHand
                    ? " has a time written by hand: a timer in a case waits for a deadline, so declare its timescale and"
                    + " clock start (template \"Statutory timer\"), or attach it to a statutory step"
                    : " has no time: attach it to a statutory step, or declare its timescale and clock start")));
        }
        step.ifPresent(declaration -> timers.put(event.getId(), declaration));
    }

    private Optional<StepDeclaration> timerStep(CatchEvent event) {
        if (declared.containsKey(event.getId())) {
            return Optional.of(declared.get(event.getId()));
        }
        String deadlineOf = property(event, StepDeclaration.DEADLINE_OF);
        if (deadlineOf != null) {
            StepDeclaration step = declared.get(deadlineOf);
            if (step == null) {
                problems.add(new ModelProblem(event.getId(), describe(event) + " waits for the deadline of '" + deadlineOf
                        + "', which is not a statutory step of this model"));
            }
            return Optional.ofNullable(step);
        }
        if (event instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
            return Optional.ofNullable(declared.get(boundary.getAttachedTo().getId()));
        }
        return Optional.empty();
    }

    private void readEscalation(CallActivity call) {
        if (!ESCALATION_PROCESS.equals(call.getCalledElement())) {
            if (property(call, StepDeclaration.ESCALATES) != null) {
                problems.add(new ModelProblem(call.getId(), describe(call) + " names a step it escalates but does not call"
                        + " the escalation process '" + ESCALATION_PROCESS + "'"));
            }
            return;
        }
        List<String> wiredByHand = childrenOf(call, CamundaIn.class).stream()
                .filter(in -> in.getCamundaBusinessKey() == null)
                .map(in -> in.getCamundaTarget() == null ? "all variables" : in.getCamundaTarget())
                .collect(Collectors.toCollection(ArrayList::new));
        childrenOf(call, CamundaOut.class).forEach(out -> wiredByHand.add("out " + out.getCamundaTarget()));
        if (!wiredByHand.isEmpty()) {
            problems.add(new ModelProblem(call.getId(), describe(call) + " passes " + String.join(", ", wiredByHand)
                    + " to the escalation by hand: remove them (template \"Escalation\"); the escalation learns the step,"
                    + " its deadline and the team from the step's declaration"));
        }
        if (childrenOf(call, CamundaIn.class).stream().noneMatch(in -> in.getCamundaBusinessKey() != null)) {
            problems.add(new ModelProblem(call.getId(), describe(call) + " does not pass the case reference: apply the"
                    + " template \"Escalation\", which passes the business key"));
        }
        Optional<StepDeclaration> step = escalatedStep(call);
        if (step.isEmpty()) {
            problems.add(new ModelProblem(call.getId(), describe(call) + " escalates no statutory step: let it follow the"
                    + " step's boundary timer, or name the step in " + StepDeclaration.ESCALATES + " (Escalates)"));
        }
        step.ifPresent(declaration -> escalations.put(call.getId(), declaration));
    }

    private Optional<StepDeclaration> escalatedStep(CallActivity call) {
        String named = property(call, StepDeclaration.ESCALATES);
        if (named != null) {
            return Optional.ofNullable(declared.get(named));
        }
        return call.getIncoming().stream().map(SequenceFlow::getSource)
                .filter(BoundaryEvent.class::isInstance).map(BoundaryEvent.class::cast)
                .map(BoundaryEvent::getAttachedTo).filter(Activity.class::isInstance)
                .map(attached -> declared.get(attached.getId())).filter(Objects::nonNull).findFirst();
    }

    static StepDeclaration declarationOf(FlowElement element) {
        Function<String, String> value = name -> property(element, name);
        return new StepDeclaration(element.getId(), element.getName(), value.apply(StepDeclaration.TIMESCALE),
                value.apply(StepDeclaration.TIMESCALE_IN), value.apply(StepDeclaration.CLOCK_STARTS_FROM),
                value.apply(StepDeclaration.REPEATS_FROM), value.apply(StepDeclaration.REPEAT_TIMESCALE),
                value.apply(StepDeclaration.DEADLINE_IN), value.apply(StepDeclaration.DONE_ON));
    }

    private static String property(BaseElement element, String name) {
        return childrenOf(element, CamundaProperty.class).stream()
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).filter(v -> v != null && !v.isBlank()).map(String::strip)
                .findFirst().orElse(null);
    }

    /** The Camunda extensions of one element, wherever Modeler nests them (properties sit in a list). */
    private static <T extends ModelElementInstance> List<T> childrenOf(BaseElement element, Class<T> type) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return List.of();
        }
        List<T> found = new ArrayList<>(extensions.getElementsQuery().filterByType(type).list());
        for (ModelElementInstance child : extensions.getElements()) {
            found.addAll(child.getChildElementsByType(type));
        }
        return found;
    }

    private static boolean isTimer(FlowElement element) {
        return element instanceof CatchEvent event
                && event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
    }

    static String describe(FlowElement element) {
        String name = element.getName();
        return "'" + element.getId() + "'" + (name == null || name.isBlank() ? "" : " (" + name + ")");
    }
}
