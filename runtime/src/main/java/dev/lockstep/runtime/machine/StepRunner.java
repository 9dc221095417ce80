package dev.lockstep.runtime.machine;

import dev.lockstep.runtime.choice.Choice;
import dev.lockstep.runtime.trace.Allowed;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.runtime.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a {@link SpecMachine} one atomic step at a time: picks an action instance through the
 * {@link Choice} (reason {@value #NEXT_REASON}) among those the spec enables ({@link
 * SpecMachine#enabled}) and the implementation takes ({@link SpecMachine#allows}), as its {@link
 * Schedule} says (uniformly at random, or the one taken least so far first), applies its
 * effect, tells the machine the step was taken ({@link SpecMachine#taken}) and logs one native log
 * event (action, parameters, state after the step) through the {@link TraceWriter}.
 *
 * <p>Missing behaviour is a divergence too: each logged state carries the instances the spec
 * enables there that the implementation refuses ({@code refused}), which {@code lockstep validate}
 * checks with TLC. When the implementation refuses every instance the spec enables, the runner is
 * stuck where the spec is not and throws {@link StuckException}; when the spec enables nothing, the
 * behaviour has deadlocked or terminated ({@link #deadlocked()}). Each logged state also carries the
 * instances the runner would choose from there ({@link Allowed}, written as its change since the
 * previous line): {@code lockstep validate} compares them with what TLC finds enabled, so a
 * translated guard that is wrong (stronger or weaker than the spec's) is caught at the first state
 * where it matters, whether or not the run takes the action. {@link #runBehaviours} fills a step
 * budget with as many behaviours as fit, each from its own {@code Init} line, as TLC's simulation
 * mode does. The runner tells the machine the level of each state it asks about ({@link
 * SpecMachine#atLevel}, TLC's {@code TLCGet("level")}). Not thread-safe: a runner is one run.
 *
 * @param <S> the generated state type
 */
public final class StepRunner<S> {
    /** The reason given to the choice oracle when picking the next action instance. */
    public static final String NEXT_REASON = "Next";

    private final SpecMachine<S> machine;
    private final Choice choice;
    private final TraceWriter log;
    private final Schedule schedule;
    /** How often each instance was taken over the runner's behaviours (for {@link Schedule#COVERAGE}). */
    private final Map<ActionCall, Integer> counts = new HashMap<>();
    /** How often each action (by name, any parameters) was taken over the runner's behaviours. */
    private final Map<String, Integer> actionCounts = new HashMap<>();
    private S state;
    private ActionCall last;
    private Options options;
    /** Steps taken in the current behaviour (the current state's level is one more). */
    private int taken;
    /** The allowed set logged last, null before the first line. */
    private List<ActionCall> loggedAllowed;
    /** The instances taken from the current state that left it unchanged. */
    private final Set<ActionCall> stutteredHere = new HashSet<>();

    /** What the spec enables in a state, split by what the implementation does with it. */
    private record Options(List<ActionCall> allowed, List<ActionCall> refused) {
        boolean deadlock() {
            return allowed.isEmpty() && refused.isEmpty();
        }
    }

    /** A runner that picks each step uniformly at random ({@link Schedule#RANDOM}). */
    public StepRunner(SpecMachine<S> machine, Choice choice, TraceWriter log) {
        this(machine, choice, log, Schedule.RANDOM);
    }

    public StepRunner(SpecMachine<S> machine, Choice choice, TraceWriter log, Schedule schedule) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.log = Objects.requireNonNull(log, "log");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * Chooses an initial state and logs it as {@code Init}, with its refusals: the start of a
     * behaviour (again after an earlier one, which starts a new trace in the log).
     */
    public S start() {
        taken = 0;
        machine.atLevel(0);
        state = machine.init(choice);
        options = options(state);
        loggedAllowed = null;
        stutteredHere.clear();
        log(TraceEvent.INIT, Map.of(), state);
        return state;
    }

    /** The current state (null before {@link #start()}). */
    public S state() {
        return state;
    }

    /** The action instance of the last step taken. */
    public ActionCall lastStep() {
        return last;
    }

    /** The action instances the spec enables in the current state that the implementation refuses. */
    public List<ActionCall> refused() {
        return options == null ? List.of() : options.refused();
    }

    /** Whether the spec enables no action in the current state (a deadlock, or the behaviour's end). */
    public boolean deadlocked() {
        return options != null && options.deadlock();
    }

    /**
     * Takes one step: returns false (and logs nothing) when the spec enables no action, i.e. the
     * behaviour deadlocks or has terminated.
     *
     * @throws StuckException when the spec enables actions here and the implementation refuses all
     */
    public boolean step() {
        if (state == null) {
            start();
        }
        if (options.deadlock()) {
            return false;
        }
        if (options.allowed().isEmpty()) {
            throw new StuckException(machine.specName(), taken, options.refused());
        }
        ActionCall call = choice.choose(NEXT_REASON, candidates(options.allowed()));
        machine.atLevel(taken + 1);
        S next = machine.step(state, call, choice);
        while (next == null && !machine.allows(state, call)) {
            // the implementation found out while taking the step that it does not take it (an effect
            // left to the user and not implemented yet): the runner picks again among the rest
            options = options(state);
            if (options.allowed().isEmpty()) {
                throw new StuckException(machine.specName(), taken, options.refused());
            }
            call = choice.choose(NEXT_REASON, candidates(options.allowed()));
            machine.atLevel(taken + 1);
            next = machine.step(state, call, choice);
        }
        if (next == null) {
            throw new IllegalStateException(call + " was reported enabled but has no successor (an implementation"
                    + " that does not take a step the spec enables says so in allows(state, call), also after"
                    + " returning null from the step)");
        }
        machine.taken(state, call, next);
        if (machine.variables(next).equals(machine.variables(state))) {
            stutteredHere.add(call);
        } else {
            stutteredHere.clear();
        }
        state = next;
        last = call;
        taken++;
        counts.merge(call, 1, Integer::sum);
        actionCounts.merge(call.action(), 1, Integer::sum);
        options = options(next);
        log(call.action(), call.params(), next);
        return true;
    }

    /**
     * The instances the schedule picks from, in the order given: all of them, or (coverage) those
     * with the least {@link #weight}.
     */
    private List<ActionCall> candidates(List<ActionCall> allowed) {
        if (schedule == Schedule.RANDOM) {
            return allowed;
        }
        Map<String, Integer> instancesHere = new HashMap<>();
        allowed.forEach(c -> instancesHere.merge(c.action(), 1, Integer::sum));
        double least = Double.MAX_VALUE;
        for (ActionCall c : allowed) {
            least = Math.min(least, weight(c, instancesHere.get(c.action())));
        }
        List<ActionCall> rarest = new ArrayList<>();
        for (ActionCall c : allowed) {
            if (weight(c, instancesHere.get(c.action())) == least) {
                rarest.add(c);
            }
        }
        return rarest;
    }

    /**
     * How often {@code call} was taken, for the coverage schedule: the times the instance was taken
     * or, for an instance never taken, its share of its action's steps among the action's
     * {@code instancesHere} instances allowed in this state. An action of fixed instances soon
     * weighs per instance; one with a new instance per message ({@code DropMessage(m)}) weighs its
     * share of every drop so far, not 0, so it does not crowd out {@code Receive(s)}.
     */
    private double weight(ActionCall call, int instancesHere) {
        Integer taken = counts.get(call);
        return taken != null ? taken : (double) actionCounts.getOrDefault(call.action(), 0) / instancesHere;
    }

    /**
     * Whether the current behaviour has ended: every instance allowed in its state has been taken
     * there and left the state unchanged (a terminating stutter such as {@code Done == ... /\
     * UNCHANGED vars}), so it can only stutter from here.
     */
    public boolean ended() {
        return !stutteredHere.isEmpty() && stutteredHere.containsAll(options.allowed());
    }

    private void log(String action, Map<String, Value> params, S s) {
        log.step(action, params, machine.variables(s), options.refused(),
                Allowed.between(loggedAllowed, options.allowed()));
        loggedAllowed = options.allowed();
    }

    /** Takes up to {@code maxSteps} steps of one behaviour; returns how many were taken. */
    public int run(int maxSteps) {
        int n = 0;
        while (n < maxSteps && step()) {
            n++;
        }
        return n;
    }

    /**
     * Takes up to {@code maxSteps} steps over as many behaviours as they fill, as TLC's simulation
     * mode does: when a behaviour has {@linkplain #ended() ended}, or deadlocked and {@code
     * stopAtDeadlock} is false (the config says {@code CHECK_DEADLOCK FALSE}), the next one starts
     * from an initial state (logged as {@code Init}: a new trace). Stops at a deadlock when {@code
     * stopAtDeadlock} ({@link #deadlocked()} then says so), and when a new behaviour can take no
     * step at all. Returns the steps taken over all behaviours.
     *
     * @throws StuckException when the implementation refuses every instance the spec enables
     */
    public int runBehaviours(int maxSteps, boolean stopAtDeadlock) {
        if (state == null) {
            start();
        }
        int n = 0;
        while (n < maxSteps) {
            if (ended() || (deadlocked() && !stopAtDeadlock && taken > 0)) {
                start();
            }
            if (!step()) {
                break;
            }
            n++;
        }
        return n;
    }

    private Options options(S s) {
        machine.atLevel(taken + 1);
        List<ActionCall> allowed = new ArrayList<>();
        List<ActionCall> refused = new ArrayList<>();
        for (ActionCall call : machine.enabled(s)) {
            (machine.allows(s, call) ? allowed : refused).add(call);
        }
        return new Options(List.copyOf(allowed), List.copyOf(refused));
    }
}
