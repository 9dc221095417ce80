package dev.lockstep.bridge.library.tlc;

import tla2sany.semantic.ExprOrOpArgNode;
import tlc2.output.EC;
import tlc2.output.MP;
import tlc2.overrides.Evaluation;
import tlc2.overrides.TLAPlusOperator;
import tlc2.tool.TLCState;
import tlc2.tool.coverage.CostModel;
import tlc2.tool.impl.Tool;
import tlc2.util.Context;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.ModelValue;
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
}
