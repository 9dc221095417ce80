package dev.lockstep.validator.host;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import tla2sany.semantic.ASTConstants;
import tla2sany.semantic.AtNode;
import tla2sany.semantic.DecimalNode;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.LabelNode;
import tla2sany.semantic.LetInNode;
import tla2sany.semantic.NumeralNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.semantic.StringNode;
import tla2sany.semantic.SymbolNode;
import tlc2.tool.BuiltInOPs;
import tlc2.tool.ToolGlobals;
import tlc2.tool.impl.Tool;
import tlc2.value.impl.EvaluatingValue;
import tlc2.value.impl.MethodValue;
import tlc2.value.impl.Value;

/**
 * Which of the spec's variables an action's verdict reads the values of. A variable whose only
 * occurrences in the action (through every operator it calls, expanded) are {@code UNCHANGED v}
 * (directly, in a tuple, or through a definition such as {@code vars == <<x, y>>}) or {@code v' = v}
 * is <em>eq-only</em>: whatever its values, the action's predicate on a step (state before, state
 * after) reads of it only whether it is unchanged (Specifying Systems, section 5.5: {@code UNCHANGED
 * e} is {@code e' = e}). Every other variable is <em>used</em>. The {@link StepCache} keys a step on
 * the used variables' values and, for an eq-only one, on whether its text is the same before and
 * after: a heartbeat's step then hits whatever the log and the network hold.
 *
 * <p>The analysis is conservative: wherever it cannot see what TLC will evaluate, every variable is
 * used. That is so for {@code ENABLED}, {@code \cdot}, {@code [A]_v}, {@code <<A>>_v} and temporal
 * operators; an instantiated module's definitions (their bodies are substitutions); operator
 * arguments ({@code LAMBDA}, a definition passed to another); an operator whose Java override reads
 * the states itself (TLC's {@code EvaluatingValue}); a definition without a body; and any node kind
 * it does not know. A Java override of a function of its arguments ({@code Len}, {@code Append})
 * reads only the arguments, which are walked; a definition the model substitutes ({@code F <- G})
 * is read through its substitute.
 */
final class ActionFootprint {
    private final boolean[] used;

    private ActionFootprint(boolean[] used) {
        this.used = used;
    }

    /**
     * The footprint of each name a log line may give as its action: for one of TLC's split actions,
     * the union over its instances (a line's parameters select some of them, and the key must hold
     * for all); for an operator called under quantifiers ({@link QuantifiedCalls}), the union over
     * its calls and their quantifiers' sets (what {@link QuantifiedCall#holds} evaluates). Another
     * name (an operator checked against the whole next-state relation, an unknown name) uses every
     * variable, as {@link #all} gives.
     */
    static java.util.Map<String, ActionFootprint> byName(ActionIndex index, QuantifiedCalls quantified, Tool tool) {
        OpDeclNode[] vars = tlc2.tool.TLCState.Empty.getVars();
        java.util.Map<SemanticNode, ActionFootprint> byPred = new IdentityHashMap<>();
        java.util.Map<String, ActionFootprint> out = new java.util.HashMap<>();
        for (ActionInstance ai : index.all()) {
            ActionFootprint f = byPred.computeIfAbsent(ai.action().pred, p -> of(p, vars, tool));
            out.merge(ai.name(), f, ActionFootprint::union);
        }
        for (String op : quantified.operators()) {
            if (index.named(op) != null) {
                continue;   // the line names a split action: checked as one
            }
            for (QuantifiedCall qc : quantified.calls(op)) {
                ActionFootprint f = of(qc.call(), vars, tool);
                for (ExprNode d : qc.domains()) {
                    f = f.union(of(d, vars, tool));
                }
                out.merge(op, f, ActionFootprint::union);
            }
        }
        return java.util.Map.copyOf(out);
    }

    /** Every one of {@code n} variables used: the footprint of what is not analysed. */
    static ActionFootprint all(int n) {
        boolean[] u = new boolean[n];
        java.util.Arrays.fill(u, true);
        return new ActionFootprint(u);
    }

    /** The footprint of {@code expr} over the spec's variables {@code vars} (TLC's order, {@code TLCState.Empty.getVars()}). */
    static ActionFootprint of(SemanticNode expr, OpDeclNode[] vars, Tool tool) {
        Walk w = new Walk(vars, tool);
        try {
            w.visit(expr);
        } catch (RuntimeException | StackOverflowError e) {
            return all(vars.length);   // a tree this walk does not expect: nothing is assumed of it
        }
        return w.everything ? all(vars.length) : new ActionFootprint(w.used);
    }

    /** The variables either footprint uses. */
    ActionFootprint union(ActionFootprint other) {
        boolean[] u = used.clone();
        for (int i = 0; i < u.length; i++) {
            u[i] |= other.used[i];
        }
        return new ActionFootprint(u);
    }

    /** This footprint but for variable {@code i}, which it does not use. */
    ActionFootprint without(int i) {
        boolean[] u = used.clone();
        u[i] = false;
        return new ActionFootprint(u);
    }

    /** Whether variable {@code i} (TLC's order of the spec's variables) is used. */
    boolean uses(int i) {
        return used[i];
    }

    boolean usesAll() {
        for (boolean u : used) {
            if (!u) {
                return false;
            }
        }
        return true;
    }

    /** The used variables' names, in TLC's order. */
    List<String> usedNames(OpDeclNode[] vars) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < vars.length; i++) {
            if (used[i]) {
                out.add(vars[i].getName().toString());
            }
        }
        return out;
    }

    /** One walk over an action and the definitions it reaches. */
    private static final class Walk {
        private final OpDeclNode[] vars;
        private final Tool tool;
        private final boolean[] used;
        private boolean everything;
        /** Definitions whose bodies were walked (or are being walked: recursion), per mode. */
        private final Set<OpDefNode> walked = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<OpDefNode> walkedUnchanged = Collections.newSetFromMap(new IdentityHashMap<>());

        Walk(OpDeclNode[] vars, Tool tool) {
            this.vars = vars;
            this.tool = tool;
            this.used = new boolean[vars.length];
        }

        void visit(SemanticNode n) {
            if (n == null || everything) {
                return;
            }
            if (n instanceof OpApplNode a) {
                visitAppl(a);
            } else if (n instanceof LetInNode l) {
                visit(l.getBody());   // a LET definition is walked where it is called
            } else if (n instanceof LabelNode l) {
                visit(l.getBody());
            } else if (n instanceof NumeralNode || n instanceof StringNode || n instanceof DecimalNode
                    || n instanceof AtNode) {
                // no variable: @ stands for a part of the EXCEPT's function, which is walked there
            } else {
                everything = true;   // SubstInNode, APSubstInNode, OpArgNode, ...: not analysed
            }
        }

        private void visitAppl(OpApplNode a) {
            SymbolNode op = a.getOperator();
            if (op instanceof OpDeclNode d) {
                if (d.getKind() == ASTConstants.VariableDeclKind) {
                    use(d);
                } else if (d.getArity() > 0 || tool.lookup(d) instanceof OpDefNode) {
                    everything = true;   // a constant operator, or a constant the model defines by a definition
                }
            } else if (op instanceof FormalParamNode p) {
                if (p.getArity() > 0) {
                    everything = true;   // an operator argument: whatever is passed is not walked here
                }
            } else if (op instanceof OpDefNode d && d.getKind() == ASTConstants.BuiltInKind) {
                if (builtIn(a, BuiltInOPs.getOpCode(d.getName()))) {
                    return;
                }
            } else if (op instanceof OpDefNode d) {
                call(d);
            } else {
                everything = true;
            }
            for (ExprOrOpArgNode arg : a.getArgs()) {
                visit(arg);
            }
            ExprNode[] bounds = a.getBdedQuantBounds();
            if (bounds != null) {
                for (ExprNode b : bounds) {
                    visit(b);
                }
            }
        }

        /** A built-in operator; true when its arguments were handled here. */
        private boolean builtIn(OpApplNode a, int opcode) {
            switch (opcode) {
                case ToolGlobals.OPCODE_unchanged -> {
                    unchanged(a.getArgs()[0]);
                    return true;
                }
                case ToolGlobals.OPCODE_eq -> {
                    ExprOrOpArgNode[] args = a.getArgs();
                    return args.length == 2 && (primeOf(args[0], args[1]) || primeOf(args[1], args[0]));
                }
                case ToolGlobals.OPCODE_enabled, ToolGlobals.OPCODE_cdot, ToolGlobals.OPCODE_aa,
                        ToolGlobals.OPCODE_sa, ToolGlobals.OPCODE_sf, ToolGlobals.OPCODE_wf, ToolGlobals.OPCODE_te,
                        ToolGlobals.OPCODE_tf, ToolGlobals.OPCODE_leadto, ToolGlobals.OPCODE_arrow,
                        ToolGlobals.OPCODE_box, ToolGlobals.OPCODE_diamond -> {
                    everything = true;
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        /** Whether {@code primed} is {@code v'} and {@code plain} is {@code v}, for a variable {@code v}. */
        private boolean primeOf(ExprOrOpArgNode primed, ExprOrOpArgNode plain) {
            if (primed instanceof OpApplNode p && p.getOperator() instanceof OpDefNode d
                    && d.getKind() == ASTConstants.BuiltInKind
                    && BuiltInOPs.getOpCode(d.getName()) == ToolGlobals.OPCODE_prime) {
                OpDeclNode v = variable(p.getArgs()[0]);
                return v != null && v == variable(plain);
            }
            return false;
        }

        /** The argument of {@code UNCHANGED}: variables, tuples of them and definitions of those are eq-only. */
        private void unchanged(ExprOrOpArgNode e) {
            if (variable(e) != null) {
                return;
            }
            if (e instanceof OpApplNode a && a.getOperator() instanceof OpDefNode d) {
                if (d.getKind() == ASTConstants.BuiltInKind && BuiltInOPs.getOpCode(d.getName()) == ToolGlobals.OPCODE_tup) {
                    for (ExprOrOpArgNode x : a.getArgs()) {
                        unchanged(x);
                    }
                    return;
                }
                if (d.getKind() == ASTConstants.UserDefinedOpKind && d.getArity() == 0 && tool.lookup(d) == d
                        && d.getBody() != null) {
                    if (walkedUnchanged.add(d)) {
                        unchanged(d.getBody());
                    }
                    return;
                }
            }
            visit(e);   // UNCHANGED f[x], UNCHANGED (x + y), ...: every variable in it is used
        }

        /** The variable {@code e} is (a variable by itself), or null. */
        private OpDeclNode variable(ExprOrOpArgNode e) {
            return e instanceof OpApplNode a && a.getOperator() instanceof OpDeclNode d
                    && d.getKind() == ASTConstants.VariableDeclKind ? d : null;
        }

        /** A call of a defined operator: its body, read as TLC reads it (substitute, Java override). */
        private void call(OpDefNode d) {
            Object o = tool.lookup(d);
            if (o instanceof OpDefNode sub && sub != d) {
                call(sub);   // the model substitutes another definition
            } else if (o instanceof MethodValue) {
                // a Java function of the argument values: the arguments are walked by the caller
            } else if (o instanceof EvaluatingValue) {
                everything = true;   // Java that is given the states
            } else if (o instanceof Value && d.getLevel() == 0) {
                // a constant TLC computed at load: no variable
            } else if (o != d || d.getBody() == null) {
                everything = true;
            } else if (walked.add(d)) {
                visit(d.getBody());
            }
        }

        private void use(OpDeclNode v) {
            for (int i = 0; i < vars.length; i++) {
                if (vars[i] == v || vars[i].getName() == v.getName()) {
                    used[i] = true;
                    return;
                }
            }
            everything = true;   // a variable TLC's state does not know
        }
    }
}
