package dev.lockstep.validator.host;

import dev.lockstep.validator.Verdict;
import java.util.ArrayList;
import java.util.List;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.LabelNode;
import tla2sany.semantic.LetInNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.st.Location;
import tlc2.tool.EvalControl;
import tlc2.tool.TLCState;
import tlc2.tool.impl.Tool;
import tlc2.util.Context;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;

/**
 * Finds the conjunct of an action's definition that is false on a step, descending through
 * conjunctions, LET, labels and calls of user-defined operators, and evaluates the conjunct's
 * operands so the report can show the values that made it false.
 */
final class Explainer {
    private static final int MAX_DEPTH = 12;

    private final Tool tool;
    private final SpecSource source;

    Explainer(Tool tool, SpecSource source) {
        this.tool = tool;
        this.source = source;
    }

    /** Where {@code n} is in the spec, or null when TLC does not know. */
    Verdict.SpecLocation location(SemanticNode n) {
        Location loc = n.getLocation();
        if (loc == null) {
            return null;
        }
        return new Verdict.SpecLocation(source.file(loc.source()), loc.source(), loc.beginLine(), loc.beginColumn(),
                loc.endLine(), loc.endColumn());
    }

    /** The innermost false conjunct of {@code pred} on (s0, s1), with operand values. */
    Verdict.Conjunct falseConjunct(SemanticNode pred, Context con, TLCState s0, TLCState s1) {
        return descend(pred, con, s0, s1, 0);
    }

    private Verdict.Conjunct descend(SemanticNode node, Context con, TLCState s0, TLCState s1, int depth) {
        if (depth < MAX_DEPTH) {
            if (node instanceof LabelNode l) {
                return descend(l.getBody(), con, s0, s1, depth + 1);
            }
            if (node instanceof LetInNode let) {
                return descend(let.getBody(), con, s0, s1, depth + 1);
            }
            if (node instanceof OpApplNode appl) {
                String op = appl.getOperator().getName().toString();
                if (op.equals("$ConjList") || op.equals("\\land")) {
                    for (ExprOrOpArgNode arg : appl.getArgs()) {
                        String err = falsity(arg, con, s0, s1);
                        if (err != null) {
                            return descend(arg, con, s0, s1, depth + 1);
                        }
                    }
                } else {
                    Object def = lookup(appl, con);
                    if (def instanceof OpDefNode od && od.getBody() != null && !od.isStandardModule()) {
                        try {
                            Context c1 = tool.getOpContext(od, appl.getArgs(), con, true);
                            Verdict.Conjunct inner = descend(od.getBody(), c1, s0, s1, depth + 1);
                            if (inner != null) {
                                return new Verdict.Conjunct(inner.text(), inner.location(), inner.result(),
                                        inner.values(), source.text(appl.getLocation()));
                            }
                        } catch (RuntimeException e) {
                            // fall through: report the call itself
                        }
                    }
                }
            }
        }
        return report(node, con, s0, s1);
    }

    private Object lookup(OpApplNode appl, Context con) {
        try {
            return tool.lookup(appl.getOperator(), con, false);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Null when {@code n} evaluates to TRUE, else "false" or the evaluation error. */
    private String falsity(SemanticNode n, Context con, TLCState s0, TLCState s1) {
        try {
            IValue v = tool.eval(n, con, s0, s1, EvalControl.Clear);
            if (v instanceof BoolValue b) {
                return b.val ? null : "false";
            }
            return "not a Boolean: " + v;
        } catch (RuntimeException | StackOverflowError e) {
            return "evaluation error: " + oneLine(e.getMessage());
        }
    }

    private Verdict.Conjunct report(SemanticNode node, Context con, TLCState s0, TLCState s1) {
        String why = falsity(node, con, s0, s1);
        List<Verdict.Operand> vals = new ArrayList<>();
        if (node instanceof OpApplNode appl) {
            String op = appl.getOperator().getName().toString();
            boolean unchanged = op.equals("UNCHANGED");
            for (ExprOrOpArgNode arg : appl.getArgs()) {
                if (!(arg instanceof OpApplNode) || arg.getLocation() == null) {
                    continue;
                }
                String text = source.text(arg.getLocation());
                if (unchanged) {
                    value(vals, text, arg, con, s0, TLCState.Empty);
                    value(vals, "(" + text + ")'", arg, con, s1, TLCState.Empty);
                } else {
                    value(vals, text, arg, con, s0, s1);
                }
            }
        }
        return new Verdict.Conjunct(source.text(node.getLocation()), location(node), why == null ? "true" : why,
                vals, null);
    }

    private void value(List<Verdict.Operand> out, String text, SemanticNode n, Context con, TLCState s0,
                       TLCState s1) {
        if (s0 == TLCState.Empty) {
            return;
        }
        String value;
        try {
            value = String.valueOf(tool.eval(n, con, s0, s1, EvalControl.Clear));
        } catch (RuntimeException | StackOverflowError e) {
            value = "<error: " + oneLine(e.getMessage()) + ">";
        }
        out.add(new Verdict.Operand(text, value));
    }

    private static String oneLine(String s) {
        return s == null ? "?" : s.strip().replaceAll("\\s+", " ");
    }
}
