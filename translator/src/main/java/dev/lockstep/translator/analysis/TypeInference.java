package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each variable a {@link VariableType}: from a type invariant ({@code TypeOK},
 * {@code TypeInvariant}, ...: conjuncts {@code x \in T} or {@code x \subseteq T}) when the spec has
 * one, else from the initial predicate ({@code x = e}, {@code x \in S}); otherwise {@code ANY}.
 */
public final class TypeInference {
    private static final List<String> TYPE_INVARIANTS = List.of("TypeOK", "TypeOk", "TypeInvariant", "TypeInv",
            "TypesOK", "TypeCorrect", "TypeOK_");

    private TypeInference() {
    }

    public static Map<String, VariableType> infer(SpecModel spec, String initName) {
        Map<String, VariableType> out = new LinkedHashMap<>();
        spec.variables().forEach(v -> out.put(v, VariableType.ANY));
        for (String name : TYPE_INVARIANTS) {
            Definition d = spec.definition(name);
            if (d != null && d.params().isEmpty()) {
                for (Expr c : Exprs.conjuncts(d.body())) {
                    String v = lhsVariable(c, spec);
                    if (v != null && out.get(v) == VariableType.ANY) {
                        Expr.OpApp o = (Expr.OpApp) c;
                        out.put(v, o.op() == Operator.SUBSETEQ ? VariableType.SET : memberType(o.args().get(1), spec, 0));
                    }
                }
                break;
            }
        }
        Definition init = spec.definition(initName);
        if (init != null) {
            for (Expr c : Exprs.conjuncts(init.body())) {
                String v = lhsVariable(c, spec);
                if (v != null && out.get(v) == VariableType.ANY) {
                    Expr.OpApp o = (Expr.OpApp) c;
                    out.put(v, o.op() == Operator.EQ ? valueType(o.args().get(1), spec, 0)
                            : o.op() == Operator.IN ? memberType(o.args().get(1), spec, 0) : VariableType.ANY);
                }
            }
        }
        return out;
    }

    private static String lhsVariable(Expr c, SpecModel spec) {
        if (c instanceof Expr.OpApp o && (o.op() == Operator.IN || o.op() == Operator.EQ || o.op() == Operator.SUBSETEQ)
                && o.args().get(0) instanceof Expr.NameExpr n && n.args().isEmpty()
                && spec.variables().contains(n.name().text())) {
            return n.name().text();
        }
        return null;
    }

    /** The type of the elements of set expression {@code s}. */
    static VariableType memberType(Expr s, SpecModel spec, int depth) {
        if (depth > 8) {
            return VariableType.ANY;
        }
        if (s instanceof Expr.NameExpr n && n.args().isEmpty()) {
            switch (n.name().text()) {
                case "Nat", "Int":
                    if (spec.definition(n.name().text()) == null) {
                        return VariableType.INTEGER;
                    }
                    break;
                default:
                    break;
            }
            Definition d = spec.definition(n.name().text());
            if (d != null && d.params().isEmpty()) {
                return memberType(d.body(), spec, depth + 1);
            }
            return VariableType.ANY;
        }
        if (s instanceof Expr.NameExpr n && n.name().text().equals("Seq")) {
            return VariableType.FUNCTION;
        }
        if (s instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.BOOLEAN_SET) {
            return VariableType.BOOLEAN;
        }
        if (s instanceof Expr.Record r && r.set()) {
            return VariableType.FUNCTION;
        }
        if (s instanceof Expr.OpApp o) {
            switch (o.op()) {
                case DOTDOT:
                    return VariableType.INTEGER;
                case FUNCTION_SET:
                    return VariableType.FUNCTION;
                case POWERSET:
                    return VariableType.SET;
                case SET_ENUM: {
                    VariableType t = null;
                    for (Expr a : o.args()) {
                        VariableType at = valueType(a, spec, depth + 1);
                        t = t == null || t == at ? at : VariableType.ANY;
                    }
                    return t == null ? VariableType.ANY : t;
                }
                case CUP, CAP, SETMINUS: {
                    VariableType a = memberType(o.args().get(0), spec, depth + 1);
                    VariableType b = o.op() == Operator.CUP ? memberType(o.args().get(1), spec, depth + 1) : a;
                    return a == b ? a : VariableType.ANY;
                }
                default:
                    return VariableType.ANY;
            }
        }
        return VariableType.ANY;
    }

    /** The type of the value of expression {@code e}. */
    static VariableType valueType(Expr e, SpecModel spec, int depth) {
        if (depth > 8) {
            return VariableType.ANY;
        }
        if (e instanceof Expr.Literal l) {
            switch (l.kind()) {
                case NUMBER, BINARY, OCTAL, HEX:
                    return VariableType.INTEGER;
                case TRUE, FALSE:
                    return VariableType.BOOLEAN;
                case BOOLEAN_SET:
                    return VariableType.SET;
                default:
                    return VariableType.ANY;
            }
        }
        if (e instanceof Expr.Record r) {
            return r.set() ? VariableType.SET : VariableType.FUNCTION;
        }
        if (e instanceof Expr.Binder b) {
            switch (b.kind()) {
                case FUNCTION:
                    return VariableType.FUNCTION;
                case SET_FILTER, SET_MAP:
                    return VariableType.SET;
                case EXISTS, FORALL:
                    return VariableType.BOOLEAN;
                default:
                    return VariableType.ANY;
            }
        }
        if (e instanceof Expr.OpApp o) {
            switch (o.op()) {
                case PLUS, MINUS, TIMES, DIV, MOD, POW, NEGATE:
                    return VariableType.INTEGER;
                case SET_ENUM, CUP, CAP, SETMINUS, POWERSET, DOTDOT, FUNCTION_SET, CARTESIAN:
                    return VariableType.SET;
                case TUPLE, COLON_GT, AT_AT:
                    return VariableType.FUNCTION;
                case EQ, NEQ, LT, GT, LEQ, GEQ, IN, NOTIN, AND, OR, NOT, IMPLIES:
                    return VariableType.BOOLEAN;
                default:
                    return VariableType.ANY;
            }
        }
        if (e instanceof Expr.NameExpr n && n.args().isEmpty()) {
            Definition d = spec.definition(n.name().text());
            if (d != null && d.params().isEmpty() && !spec.isActionDef(d.name())) {
                return valueType(d.body(), spec, depth + 1);
            }
        }
        return VariableType.ANY;
    }
}
