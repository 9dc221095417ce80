package dev.lockstep.bridge.library.tlc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.OpDefNode;
import tlc2.TLCGlobals;
import tlc2.module.TLC;
import tlc2.output.EC;
import tlc2.output.MP;
import tlc2.overrides.Evaluation;
import tlc2.overrides.TLAPlusOperator;
import tlc2.tool.ModelChecker;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.TLCStateInfo;
import tlc2.tool.coverage.CostModel;
import tlc2.tool.impl.Tool;
import tlc2.util.Context;
import tlc2.util.FP64;
import tlc2.util.IdThread;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;

/** Java evaluation of the TLCExt operators that need TLC's internals. */
public final class TLCExtOverrides {
    private TLCExtOverrides() {
    }

    /** {@code a = b}; when they differ, TLC prints both values. */
    @TLAPlusOperator(identifier = "AssertEq", module = "TLCExt", warn = false)
    public static Value assertEq(Value a, Value b) {
        if (a.equals(b)) {
            return BoolValue.ValTrue;
        }
        MP.printMessage(EC.GENERAL, "AssertEq failed: " + a + " # " + b);
        return BoolValue.ValFalse;
    }

    @TLAPlusOperator(identifier = "TLCModelValue", module = "TLCExt", warn = false)
    public static Value tlcModelValue(Value name) {
        return ModelValue.make(Values.string("TLCModelValue", name));
    }

    /** An evaluation error's text without the message frames TLC adds in {@code -tool} mode. */
    static String message(RuntimeException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return msg.replaceAll("@!@!@(STARTMSG [0-9:]+|ENDMSG [0-9]+) @!@!@\\R?", "").strip();
    }

    /** Whether evaluating the second argument fails with exactly the message the first names. */
    @Evaluation(definition = "AssertError", module = "TLCExt", warn = false)
    public static Value assertError(Tool tool, ExprOrOpArgNode[] args, Context c, TLCState s0, TLCState s1, int control,
                                    CostModel cm) {
        String expected = Values.string("AssertError", (Value) tool.eval(args[0], c, s0, s1, control, cm));
        try {
            tool.eval(args[1], c, s0, s1, control, cm);
            return BoolValue.ValFalse;
        } catch (RuntimeException e) {
            return message(e).equals(expected.strip()) ? BoolValue.ValTrue : BoolValue.ValFalse;
        }
    }

    /** {@code TLCGet(key)} when the register was set, else the default (TLC's own lookup, without its error). */
    @TLAPlusOperator(identifier = "TLCGetOrDefault", module = "TLCExt", warn = false)
    public static Value tlcGetOrDefault(Value key, Value defaultVal) {
        if (key instanceof IntValue i && i.val >= 0) {
            Object v = Thread.currentThread() instanceof IdThread t ? t.getLocalValue(i.val)
                    : TLCGlobals.mainChecker != null ? TLCGlobals.mainChecker.getValue(0, i.val)
                    : TLCGlobals.simulator != null ? TLCGlobals.simulator.getLocalValue(i.val) : null;
            return v == null ? defaultVal : (Value) v;
        }
        return TLC.TLCGet(key);
    }

    /**
     * The behaviour prefix ending in the current state, read from TLC's own trace: in model checking the
     * state records TLC writes for every new state (as when it prints a counterexample); in simulation
     * the worker's current behaviour.
     */
    @Evaluation(definition = "Trace", module = "TLCExt", minLevel = 1, warn = false)
    public static Value trace(Tool tool, ExprOrOpArgNode[] args, Context c, TLCState s0, TLCState s1, int control,
                              CostModel cm) {
        List<TLCState> states = new ArrayList<>();
        if (TLCGlobals.simulator != null) {
            StateVec behaviour = SimulationTrace.current();
            for (int i = 0; i < behaviour.size(); i++) {
                states.add(behaviour.elementAt(i));
            }
            if (states.isEmpty() || states.get(states.size() - 1) != s0) {
                states.add(s0);
            }
        } else if (s0.isInitial()) {
            states.add(s0);
        } else if (TLCGlobals.mainChecker instanceof ModelChecker mc) {
            try {
                for (TLCStateInfo info : mc.trace.getTrace(s0)) {
                    states.add(info.state);
                }
            } catch (IOException e) {
                throw Values.fail("Trace: cannot read TLC's trace file: " + e.getMessage());
            }
            if (states.isEmpty() || states.get(states.size() - 1).fingerPrint() != s0.fingerPrint()) {
                states.add(s0);
            }
            if (states.size() != s0.getLevel()) {
                throw Values.fail("Trace: TLC has not recorded the current state yet (Trace cannot be evaluated in"
                        + " a state CONSTRAINT; use it in an invariant, an action constraint or the next-state"
                        + " relation)");
            }
        } else {
            throw Values.fail("Trace is evaluated only while TLC model-checks or simulates a behaviour"
                    + " (not in TLC's distributed mode)");
        }
        Value[] records = new Value[states.size()];
        for (int i = 0; i < records.length; i++) {
            records[i] = new RecordValue(states.get(i));
        }
        return new TupleValue(records);
    }

    /**
     * TRUE; the expression is evaluated later or never, as documented. In model checking TLC keeps no
     * deferred evaluation with its states ({@code TLCState.setCallable} does nothing, in current TLC as in
     * 2.18), so the expression is never evaluated there. In simulation current TLC evaluates it once the
     * successor is chosen; TLC 2.18's simulator has no such hook: one clear error instead of never.
     */
    @Evaluation(definition = "TLCDefer", module = "TLCExt", warn = false)
    public static Value tlcDefer(Tool tool, ExprOrOpArgNode[] args, Context c, TLCState s0, TLCState s1, int control,
                                 CostModel cm) {
        if (TLCGlobals.simulator == null) {
            return BoolValue.ValTrue;
        }
        throw Values.fail(NEEDS_NEWER_TLC.formatted("TLCDefer", "in simulation evaluates its expression once TLC has"
                + " chosen the successor state, which the bundled TLC 2.18's simulator cannot do (in model checking"
                + " TLCDefer is TRUE and its expression is never evaluated, as in current TLC)"));
    }

    /** TRUE when the argument is; picking successors by hand needs a terminal that TLC under Lockstep lacks. */
    @Evaluation(definition = "PickSuccessor", module = "TLCExt", warn = false)
    public static Value pickSuccessor(Tool tool, ExprOrOpArgNode[] args, Context c, TLCState s0, TLCState s1,
                                      int control, CostModel cm) {
        Value exp = (Value) tool.eval(args[0], c, s0, s1, control, cm);
        if (exp == BoolValue.ValTrue || s1 == null || !s1.allAssigned()) {
            return BoolValue.ValTrue;
        }
        throw Values.fail("PickSuccessor(FALSE) asks at a terminal which successor states TLC explores; TLC runs"
                + " without one under Lockstep and the bundled TLC 2.18 has no such prompt. Run a current"
                + " tla2tools.jar by hand (java -cp tla2tools.jar tlc2.TLC) to pick successors interactively");
    }

    /** The lower 32 bits of the fingerprint TLC gives the value. */
    @TLAPlusOperator(identifier = "TLCFP", module = "TLCExt", warn = false)
    public static Value tlcFp(Value val) {
        val.deepNormalize();
        return IntValue.gen((int) val.fingerPrint(FP64.New()));
    }

    /** The value of the definition whose name the string argument gives (substitutions of the config applied). */
    @Evaluation(definition = "TLCEvalDefinition", module = "TLCExt", warn = false)
    public static Value tlcEvalDefinition(Tool tool, ExprOrOpArgNode[] args, Context c, TLCState s0, TLCState s1,
                                          int control, CostModel cm) {
        String name = Values.string("TLCEvalDefinition", (Value) tool.eval(args[0], c, s0, s1, control, cm));
        OpDefNode def = null;
        for (OpDefNode d : tool.getRootModule().getOpDefs()) {
            if (d.getName().toString().equals(name)) {
                def = d;
            }
        }
        if (def == null || def.getArity() != 0) {
            throw Values.fail("TLCEvalDefinition: the spec has no definition " + name + " without arguments");
        }
        Object val = tool.lookup(def, Context.Empty, false);
        if (val instanceof Value v) {
            return v;
        }
        OpDefNode body = val instanceof OpDefNode d ? d : def;
        return (Value) tool.eval(body.getBody(), Context.Empty, s0, s1, control, cm);
    }

    private static final String NEEDS_NEWER_TLC = "%s %s; run a current tla2tools.jar (the 1.8.0 series) with"
            + " --tla2tools JAR or LOCKSTEP_TLA2TOOLS";
}
