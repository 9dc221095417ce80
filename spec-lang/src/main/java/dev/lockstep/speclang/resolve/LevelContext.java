package dev.lockstep.speclang.resolve;

import static dev.lockstep.speclang.resolve.Level.CONSTANT;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link LevelChecker} evaluates with: an expression's level and whether it is level-correct,
 * where problems go, and the bindings (levels or operator closures) of parameters, bound variables
 * and LET definitions.
 */
final class LevelContext {
    private LevelContext() {
    }

    /** A level and whether the expression (and everything in it) is level-correct. */
    record Lv(Level level, boolean ok) {
        static final Lv ZERO = new Lv(CONSTANT, true);
    }

    /** Where problems go: to the diagnostics, or only noted (while applying an operator). */
    static final class Sink {
        final List<Diagnostic> out;
        boolean violated;

        Sink(List<Diagnostic> out) {
            this.out = out;
        }

        void report(DiagnosticCode code, SourceRange range, String message) {
            if (out == null) {
                // applying an operator: only argument-level limits carry over (SANY's level
                // constraints); the placement checks (LS206) look at the text as written
                if (code != DiagnosticCode.LS206_LEVEL_TEMPORAL_ACTION) {
                    violated = true;
                }
            } else {
                out.add(Diagnostic.error(code, range, message));
            }
        }
    }

    /** What a name stands for while evaluating: a level, or an operator (closure). */
    sealed interface Binding permits LevelBinding, Closure {
    }

    record LevelBinding(Level level) implements Binding {
    }

    /** An operator with the bindings of where it was defined (a LET inside an operator, a LAMBDA). */
    record Closure(Object def, List<Name> params, Expr body, Ctx env) implements Binding {
    }

    /** Bindings of parameters, bound variables and LET definitions, innermost first. */
    static final class Ctx {
        final Ctx parent;
        final Map<SourceRange, Binding> bindings = new HashMap<>();
        final Sink sink;
        final Level atLevel;

        Ctx(Ctx parent, Sink sink, Level atLevel) {
            this.parent = parent;
            this.sink = sink;
            this.atLevel = atLevel;
        }

        Ctx child() {
            return new Ctx(this, sink, atLevel);
        }

        Binding lookup(SourceRange def) {
            for (Ctx c = this; c != null; c = c.parent) {
                Binding b = c.bindings.get(def);
                if (b != null) {
                    return b;
                }
            }
            return null;
        }
    }
}
