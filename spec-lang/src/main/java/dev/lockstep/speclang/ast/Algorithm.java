package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

/**
 * A PlusCal algorithm (the PlusCal manual, version 1.8), found in a comment of the module:
 * global variables, the define block, macros, procedures, and either processes or a single body.
 */
public record Algorithm(Name name, boolean fair, Syntax syntax, List<VarDecl> variables, List<Unit> definitions,
                        List<Macro> macros, List<Procedure> procedures, List<Process> processes, List<Stmt> body,
                        SourceRange range) implements Node {
    public Algorithm {
        variables = List.copyOf(variables);
        definitions = List.copyOf(definitions);
        macros = List.copyOf(macros);
        procedures = List.copyOf(procedures);
        processes = List.copyOf(processes);
        body = List.copyOf(body);
    }

    /** P-syntax ({@code begin ... end algorithm}) or C-syntax (braces). */
    public enum Syntax { P, C }

    /** How a process is scheduled fairly: none, {@code fair} (weak), {@code fair+} (strong). */
    public enum Fairness { NONE, WEAK, STRONG }

    /** {@code x = e} ({@code set} false), {@code x \in S} ({@code set} true) or {@code x} (init null). */
    public record VarDecl(Name name, boolean set, Expr init, SourceRange range) implements Node {
    }

    /** {@code macro M(a, b) ...} */
    public record Macro(Name name, List<Name> params, List<Stmt> body, SourceRange range) implements Node {
        public Macro {
            params = List.copyOf(params);
            body = List.copyOf(body);
        }

        /**
         * The variable an argument names where the macro assigns the parameter it is passed for:
         * pcal.trans substitutes the argument's text, so its first token is the assigned variable and
         * the rest a subscript ({@code x}, {@code x[i]}, {@code x.f}); null for any other argument
         * (a literal, {@code x + 1}, {@code (x)}: "Macro expansion substitutes `(' for assignment
         * variable"). A parenthesised argument's range starts at its parenthesis (the builder
         * keeps it so), before its first name.
         */
        public static Name assignedVariable(Expr argument) {
            Name first = firstName(argument);
            return first != null && first.range().start().equals(argument.range().start()) ? first : null;
        }

        private static Name firstName(Expr e) {
            if (e instanceof Expr.NameExpr n) {
                return n.name();
            } else if (e instanceof Expr.FieldAccess f) {
                return firstName(f.record());
            } else if (e instanceof Expr.OpApp o && o.op() == Operator.FUNCTION_APPLY && !o.args().isEmpty()) {
                return firstName(o.args().get(0));
            }
            return null;
        }
    }

    /** {@code procedure P(a, b) variables ...; ...} */
    public record Procedure(Name name, List<VarDecl> params, List<VarDecl> locals, List<Stmt> body,
                            SourceRange range) implements Node {
        public Procedure {
            params = List.copyOf(params);
            locals = List.copyOf(locals);
            body = List.copyOf(body);
        }
    }

    /** {@code [fair[+]] process (P = id)} or {@code (P \in S)} ({@code set} true). */
    public record Process(Name name, Fairness fairness, boolean set, Expr id, List<VarDecl> locals, List<Stmt> body,
                          SourceRange range) implements Node {
        public Process {
            locals = List.copyOf(locals);
            body = List.copyOf(body);
        }
    }
}
