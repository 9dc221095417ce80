package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.translator.analysis.Definition;
import dev.lockstep.translator.analysis.SpecModel;
import dev.lockstep.translator.analysis.TlaType;
import dev.lockstep.translator.analysis.Exprs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Compiles the translatable subset of TLA+ expressions into Java expressions over the runtime's
 * values ({@code dev.lockstep.runtime.value}): {@link #value} gives an expression of type
 * {@code Value}, {@link #bool} a Java {@code boolean}. Integer arithmetic, comparisons, Booleans,
 * IF/CASE/LET, sets, sequences, records, functions, EXCEPT, the quantifiers and CHOOSE over finite
 * sets, and calls of the spec's own operators are translated; anything else becomes a method the
 * user implements ({@link Holes}) where the names it needs can be passed to it, else raises
 * {@link Untranslatable}.
 */
final class ExprCompiler {
    /** The comparisons of integers as TLA+ values. */
    private static final Map<Operator, String> RUNTIME_COMPARISONS = Map.of(Operator.LT, "Tla.lt", Operator.LEQ,
            "Tla.le", Operator.GT, "Tla.gt", Operator.GEQ, "Tla.ge");
    /** Operators that are a call of the runtime's function of the same meaning on their compiled arguments. */
    private static final Map<Operator, String> RUNTIME_OPERATORS = Map.ofEntries(
            Map.entry(Operator.PLUS, "Tla.plus"), Map.entry(Operator.MINUS, "Tla.minus"),
            Map.entry(Operator.TIMES, "Tla.times"), Map.entry(Operator.DIV, "Tla.div"),
            Map.entry(Operator.MOD, "Tla.mod"), Map.entry(Operator.OPLUS, "TlaBags.plus"),
            Map.entry(Operator.OMINUS, "TlaBags.minus"), Map.entry(Operator.POW, "Tla.pow"),
            Map.entry(Operator.NEGATE, "Tla.negate"), Map.entry(Operator.DOTDOT, "Tla.range"),
            Map.entry(Operator.CUP, "Tla.union"), Map.entry(Operator.CAP, "Tla.intersect"),
            Map.entry(Operator.SETMINUS, "Tla.setMinus"), Map.entry(Operator.POWERSET, "Tla.powerset"),
            Map.entry(Operator.BIG_UNION, "Tla.bigUnion"), Map.entry(Operator.DOMAIN, "Tla.domain"),
            Map.entry(Operator.SET_ENUM, "Tla.setOf"), Map.entry(Operator.TUPLE, "Tla.tuple"),
            Map.entry(Operator.CARTESIAN, "Tla.cartesian"), Map.entry(Operator.FUNCTION_SET, "Tla.functionSet"),
            Map.entry(Operator.FUNCTION_APPLY, "Tla.apply"), Map.entry(Operator.CIRC, "Tla.concat"),
            Map.entry(Operator.COLON_GT, "Tla.singletonFunction"), Map.entry(Operator.AT_AT, "Tla.merge"));
    private final EmitContext cx;
    private final SpecModel spec;
    private final Naming naming;
    private final Holes holes;
    private final ScalarComparisons scalars;
    private final Recursion recursion;
    private final StandardOperators standard;
    private final EnabledTests enabled;

    ExprCompiler(EmitContext cx, Holes holes) {
        this.cx = cx;
        this.scalars = new ScalarComparisons(cx);
        this.spec = cx.spec();
        this.naming = cx.naming();
        this.holes = holes;
        this.recursion = new Recursion(spec, naming, this);
        this.standard = new StandardOperators(this, holes);
        this.enabled = new EnabledTests(cx, this);
    }

    /** The methods of the {@code ENABLED} tests compiled so far. */
    EnabledTests enabledTests() {
        return enabled;
    }

    // ---------------------------------------------------------------- Booleans

    String bool(Expr e, Scope sc) throws Untranslatable {
        try {
            return boolStrict(e, sc);
        } catch (Untranslatable u) {
            return holes.expression(e, sc, u, true, this::valueStrict);
        }
    }

    private String boolStrict(Expr e, Scope sc) throws Untranslatable {
        if (e instanceof Expr.Junction j) {
            return junction(j.kind() == Expr.JunctionKind.AND ? " && " : " || ", j.items(), sc);
        }
        if (e instanceof Expr.Label l) {
            return bool(l.body(), sc);
        }
        if (e instanceof Expr.Literal lit && (lit.kind() == Expr.LiteralKind.TRUE || lit.kind() == Expr.LiteralKind.FALSE)) {
            return lit.kind() == Expr.LiteralKind.TRUE ? "true" : "false";
        }
        if (e instanceof Expr.Binder b && (b.kind() == Expr.BinderKind.EXISTS || b.kind() == Expr.BinderKind.FORALL)) {
            return quantifier(b, 0, 0, sc);
        }
        if (e instanceof Expr.OpApp o) {
            List<Expr> a = o.args();
            switch (o.op()) {
                case NOT:
                    return "!(" + bool(a.get(0), sc) + ")";
                case ENABLED:
                    return enabled.test(o, a.get(0), sc);
                case AND:
                    return junction(" && ", a, sc);
                case OR:
                    return junction(" || ", a, sc);
                case IMPLIES:
                    return "(!(" + bool(a.get(0), sc) + ") || " + bool(a.get(1), sc) + ")";
                case EQUIV:
                    return "((" + bool(a.get(0), sc) + ") == (" + bool(a.get(1), sc) + "))";
                case EQ:
                case NEQ:
                case LT:
                case LEQ:
                case GT:
                case GEQ: {
                    String typed = scalars.compare(o.op(), a.get(0), a.get(1), sc);
                    if (typed != null) {
                        return typed;
                    }
                    switch (o.op()) {
                        case EQ:
                            return value(a.get(0), sc) + ".equals(" + value(a.get(1), sc) + ")";
                        case NEQ:
                            return "!" + value(a.get(0), sc) + ".equals(" + value(a.get(1), sc) + ")";
                        default:
                            return call(RUNTIME_COMPARISONS.get(o.op()), a, sc);
                    }
                }
                case IN:
                    return membership(value(a.get(0), sc), a.get(1), sc);
                case NOTIN:
                    return "!" + membership(value(a.get(0), sc), a.get(1), sc);
                case SUBSETEQ:
                    return call("Tla.subsetEq", a, sc);
                case SUPSETEQ:
                    return "Tla.subsetEq(" + value(a.get(1), sc) + ", " + value(a.get(0), sc) + ")";
                case SUBSET: {
                    String x = value(a.get(0), sc);
                    String y = value(a.get(1), sc);
                    return "(Tla.subsetEq(" + x + ", " + y + ") && !" + x + ".equals(" + y + "))";
                }
                case SUPSET: {
                    String x = value(a.get(0), sc);
                    String y = value(a.get(1), sc);
                    return "(Tla.subsetEq(" + y + ", " + x + ") && !" + x + ".equals(" + y + "))";
                }
                case IF_THEN_ELSE:
                    return "(" + bool(a.get(0), sc) + " ? " + bool(a.get(1), sc) + " : " + bool(a.get(2), sc) + ")";
                case SQSUBSETEQ: // Bags' sub-bag test, unless the spec defines its own
                    if (spec.definition(o.op().symbol()) == null) {
                        return call("TlaBags.subBagEq", a, sc);
                    }
                    break;
                default:
                    break;
            }
        }
        if (e instanceof Expr.NameExpr n && n.name().text().equals("Assert") && n.args().size() == 2) {
            return "Tla.tlcAssert(" + bool(n.args().get(0), sc) + ", " + value(n.args().get(1), sc) + ")";
        }
        return value(e, sc) + ".asBool()";
    }

    private String junction(String op, List<Expr> items, Scope sc) throws Untranslatable {
        StringJoiner j = new StringJoiner(op, "(", ")");
        for (Expr i : items) {
            j.add(bool(i, sc));
        }
        return j.toString();
    }

    /** {@code fn(args...)}, the arguments compiled to values. */
    String call(String fn, List<Expr> args, Scope sc) throws Untranslatable {
        StringJoiner j = new StringJoiner(", ", fn + "(", ")");
        for (Expr a : args) {
            j.add(value(a, sc));
        }
        return j.toString();
    }

    /** {@code \E} / {@code \A} over the bounds from (bound, name) onwards, nested lambdas. */
    private String quantifier(Expr.Binder b, int bi, int ni, Scope sc) throws Untranslatable {
        if (bi == b.bounds().size()) {
            return bool(b.body(), sc);
        }
        Bound bd = b.bounds().get(bi);
        if (bd.set() == null) {
            throw new Untranslatable(b, "unbounded quantifier");
        }
        String fn = b.kind() == Expr.BinderKind.EXISTS ? "Tla.exists" : "Tla.forAll";
        String set = value(bd.set(), sc);
        if (bd.tuple()) {
            String t = sc.names.fresh("t");
            Scope inner = bindTuple(bd, t, sc);
            return lambda(fn + "(" + set + ", ", t, quantifier(b, bi + 1, 0, inner), sc);
        }
        String x = sc.names.fresh(bd.names().get(ni).text());
        Scope inner = sc.local(bd.names().get(ni).text(), x);
        boolean lastName = ni + 1 == bd.names().size();
        String body = lastName ? quantifier(b, bi + 1, 0, inner) : quantifier(b, bi, ni + 1, inner);
        return lambda(fn + "(" + set + ", ", x, body, sc);
    }

    /**
     * {@code head + param -> body + ")"}: a call whose last argument is a lambda. The parameter's
     * name is free again after it, so the next lambda of the same bound name takes it too.
     */
    private static String lambda(String head, String param, String body, Scope sc) {
        sc.names.release(param);
        return head + param + " -> " + body + ")";
    }

    private static Scope bindTuple(Bound bd, String t, Scope sc) {
        Scope inner = sc;
        for (int i = 0; i < bd.names().size(); i++) {
            inner = inner.local(bd.names().get(i).text(), "Tla.component(" + t + ", " + (i + 1) + ")");
        }
        return inner;
    }

    /** {@code elem \in set} as a Java boolean, without enumerating infinite or huge sets. */
    String membership(String elem, Expr set, Scope sc) throws Untranslatable {
        if (set instanceof Expr.NameExpr n && n.args().isEmpty() && sc.lookup(n.name().text()) == null
                && spec.definition(n.name().text()) == null && !spec.constants().contains(n.name().text())) {
            switch (n.name().text()) {
                case "Nat":
                    return "Tla.isNat(" + elem + ")";
                case "Int":
                    return "Tla.isInt(" + elem + ")";
                default:
                    break;
            }
        }
        if (set instanceof Expr.Literal lit) {
            if (lit.kind() == Expr.LiteralKind.STRING_SET) {
                return "Tla.isString(" + elem + ")";
            }
            if (lit.kind() == Expr.LiteralKind.BOOLEAN_SET) {
                return "(" + elem + " instanceof BoolValue)";
            }
        }
        if (set instanceof Expr.NameExpr n && n.name().text().equals("Seq") && n.args().size() == 1
                && sc.lookup("Seq") == null && spec.definition("Seq") == null) {
            String v = sc.names.fresh("e");
            return lambda("Tla.inSeq(" + elem + ", ", v, membership(v, n.args().get(0), sc), sc);
        }
        if (set instanceof Expr.OpApp o) {
            switch (o.op()) {
                case FUNCTION_SET: {
                    String domain = value(o.args().get(0), sc);
                    String v = sc.names.fresh("r");
                    return lambda("Tla.inFunctionSet(" + elem + ", " + domain + ", ", v, membership(v, o.args().get(1), sc),
                            sc);
                }
                case POWERSET: {
                    String v = sc.names.fresh("e");
                    return "(" + elem + " instanceof SetValue && "
                            + lambda("Tla.forAll(" + elem + ", ", v, membership(v, o.args().get(0), sc), sc) + ")";
                }
                case DOTDOT:
                    return "(Tla.isInt(" + elem + ") && Tla.le(" + value(o.args().get(0), sc) + ", " + elem
                            + ") && Tla.le(" + elem + ", " + value(o.args().get(1), sc) + "))";
                case CUP:
                    return "(" + membership(elem, o.args().get(0), sc) + " || " + membership(elem, o.args().get(1), sc)
                            + ")";
                default:
                    break;
            }
        }
        return "Tla.in(" + elem + ", " + value(set, sc) + ")";
    }

    // ---------------------------------------------------------------- values

    String value(Expr e, Scope sc) throws Untranslatable {
        try {
            return valueStrict(e, sc);
        } catch (Untranslatable u) {
            return holes.expression(e, sc, u, false, this::valueStrict);
        }
    }

    /** Like {@link #value}, but {@code e} as a whole never becomes a hole (its parts may). */
    String valueWithoutHole(Expr e, Scope sc) throws Untranslatable {
        return valueStrict(e, sc);
    }

    private String valueStrict(Expr e, Scope sc) throws Untranslatable {
        if (e instanceof Expr.Literal lit) {
            return JavaText.valueLiteral(lit);
        }
        if (e instanceof Expr.NameExpr n) {
            return name(n, sc);
        }
        if (e instanceof Expr.Label l) {
            return value(l.body(), sc);
        }
        if (e instanceof Expr.Junction) {
            return "Tla.bool(" + bool(e, sc) + ")";
        }
        if (e instanceof Expr.OpApp o) {
            return opApp(o, sc);
        }
        if (e instanceof Expr.Binder b) {
            return binder(b, sc);
        }
        if (e instanceof Expr.Record r) {
            return record(r, sc);
        }
        if (e instanceof Expr.FieldAccess f) {
            return "Tla.field(" + value(f.record(), sc) + ", " + JavaText.literal(f.field().text()) + ")";
        }
        if (e instanceof Expr.Except x) {
            return except(x, sc);
        }
        if (e instanceof Expr.Case c) {
            return caseExpr(c, 0, sc);
        }
        if (e instanceof Expr.Let l) {
            return let(l, 0, sc);
        }
        throw new Untranslatable(e, "this construct is outside the translatable subset");
    }

    private String name(Expr.NameExpr n, Scope sc) throws Untranslatable {
        String id = n.name().text();
        Scope.Binding b = sc.lookup(id);
        if (b instanceof Scope.Local l) {
            if (!n.args().isEmpty()) {
                throw new Untranslatable(n, id + " is not an operator");
            }
            return l.java();
        }
        if (b instanceof Scope.OpParam op) {
            if (op.arity() != n.args().size()) {
                throw new Untranslatable(n, id + " takes " + op.arity() + " arguments");
            }
            List<String> args = new ArrayList<>();
            for (Expr a : n.args()) {
                args.add(value(a, sc));
            }
            return op.java() + ".apply(" + (op.arity() > 2 ? "new Value[] {" + String.join(", ", args) + "}"
                    : String.join(", ", args)) + ")";
        }
        if (b instanceof Scope.RecursiveFunction r && n.args().isEmpty()) {
            return recursion.tabulate(id, r.definition(), sc);
        }
        if (b instanceof Scope.Macro m) {
            if (m.params().size() != n.args().size()) {
                throw new Untranslatable(n, id + " takes " + m.params().size() + " arguments");
            }
            return wrapLets(m, n, sc, 0, m.scope().withAssigned(sc.assignedAll()));
        }
        if (spec.variables().contains(id)) {
            if (sc.init) {
                String v = sc.assigned(id);
                if (v == null) {
                    throw new Untranslatable(n, "Init reads " + id + " before giving it a value");
                }
                return v;
            }
            return cx.readVariable(id, sc.state);
        }
        if (spec.constants().contains(id)) {
            return "constants." + naming.constant(id) + "()";
        }
        Definition d = spec.definition(id);
        if (d != null) {
            if (Recursion.lazy(d) && n.args().isEmpty()) {
                return recursion.tabulate(id, (Expr.Binder) d.body(), sc);
            }
            if (spec.isActionDef(id) || spec.isTemporalDef(id)) {
                throw new Untranslatable(n, id + " is an action or temporal formula, not a value");
            }
            if (d.params().size() != n.args().size()) {
                throw new Untranslatable(n, id + " takes " + d.params().size() + " arguments");
            }
            StringJoiner j = new StringJoiner(", ", naming.definition(id) + "(", ")");
            j.add(sc.init ? "null" : sc.state);
            for (int i = 0; i < n.args().size(); i++) {
                int arity = d.arities().get(i);
                j.add(arity > 0 ? standard.operatorArgument(n.args().get(i), arity, sc) : value(n.args().get(i), sc));
            }
            if (sc.init && readsVariables(d)) {
                throw new Untranslatable(n, "Init calls " + id + ", which reads variables");
            }
            return j.toString();
        }
        return standard.value(n, sc);
    }

    private String wrapLets(Scope.Macro m, Expr.NameExpr n, Scope sc, int i, Scope body) throws Untranslatable {
        if (i == m.params().size()) {
            return value(m.body(), body);
        }
        String arg = sc.names.fresh(m.params().get(i));
        String argValue = value(n.args().get(i), sc);
        String inner = wrapLets(m, n, sc, i + 1, body.local(m.params().get(i), arg));
        return "Tla.let(" + argValue + ", " + arg + " -> " + inner + ")";
    }

    private boolean readsVariables(Definition d) {
        return dev.lockstep.translator.analysis.Exprs.any(d.body(), x -> x instanceof Expr.NameExpr ne
                && spec.variables().contains(ne.name().text()));
    }

    private String opApp(Expr.OpApp o, Scope sc) throws Untranslatable {
        List<Expr> a = o.args();
        String rec = recursion.apply(o, sc);
        if (rec != null) {
            return rec;
        }
        String fn = RUNTIME_OPERATORS.get(o.op());
        if (fn != null) {
            return call(fn, a, sc);
        }
        if (o.op() == Operator.SQSUBSETEQ && spec.definition(o.op().symbol()) == null) {
            return "Tla.bool(" + bool(o, sc) + ")";
        }
        switch (o.op()) {
            case NOT: case AND: case OR: case IMPLIES: case EQUIV: case EQ: case NEQ: case LT: case LEQ: case GT:
            case GEQ: case IN: case NOTIN: case SUBSETEQ: case SUPSETEQ: case SUBSET: case SUPSET: case ENABLED:
                return "Tla.bool(" + bool(o, sc) + ")";
            case IF_THEN_ELSE:
                return "(" + bool(a.get(0), sc) + " ? " + value(a.get(1), sc) + " : " + value(a.get(2), sc) + ")";
            case AT: {
                Scope.Binding b = sc.lookup("@");
                if (b instanceof Scope.Local l) {
                    return l.java();
                }
                throw new Untranslatable(o, "@ outside EXCEPT");
            }
            case PRIME: {
                if (a.get(0) instanceof Expr.NameExpr n && n.args().isEmpty() && spec.variables().contains(n.name().text())
                        && sc.lookup(n.name().text()) == null) {
                    String v = sc.assigned(n.name().text());
                    if (v != null && !sc.init) {
                        return v;
                    }
                    throw new Untranslatable(o, n.name().text() + "' is read before the action gives it a value");
                }
                throw new Untranslatable(o, "only primed variables are translated");
            }
            default:
                if (spec.definition(o.op().symbol()) != null) { // a user-defined infix operator: x | y == ...
                    return name(new Expr.NameExpr(new Name(o.op().symbol(), o.range()), a, o.range()), sc);
                }
                throw new Untranslatable(o, "operator " + o.op().symbol() + " is not translated");
        }
    }

    private String binder(Expr.Binder b, Scope sc) throws Untranslatable {
        switch (b.kind()) {
            case EXISTS:
            case FORALL:
                return "Tla.bool(" + bool(b, sc) + ")";
            case CHOOSE:
            case SET_FILTER: {
                if (b.bounds().size() != 1 || b.bounds().get(0).set() == null) {
                    throw new Untranslatable(b, "unbounded CHOOSE or set filter");
                }
                Bound bd = b.bounds().get(0);
                String x;
                Scope inner;
                if (bd.tuple()) {
                    x = sc.names.fresh("t");
                    inner = bindTuple(bd, x, sc);
                } else {
                    x = sc.names.fresh(bd.names().get(0).text());
                    inner = sc.local(bd.names().get(0).text(), x);
                }
                String fn = b.kind() == Expr.BinderKind.CHOOSE ? "Tla.choose" : "Tla.filter";
                String set = value(bd.set(), sc);
                return lambda(fn + "(" + set + ", ", x, bool(b.body(), inner), sc);
            }
            case SET_MAP:
            case FUNCTION: {
                String fn = b.kind() == Expr.BinderKind.SET_MAP ? "Tla.map" : "Tla.function";
                List<String> sets = new ArrayList<>();
                List<Bound> flat = new ArrayList<>();
                List<Integer> nameIndex = new ArrayList<>();
                for (Bound bd : b.bounds()) {
                    if (bd.set() == null) {
                        throw new Untranslatable(b, "unbounded variable");
                    }
                    String set = value(bd.set(), sc);
                    int count = bd.tuple() ? 1 : bd.names().size();
                    for (int i = 0; i < count; i++) {
                        sets.add(set);
                        flat.add(bd);
                        nameIndex.add(i);
                    }
                }
                if (sets.size() == 1 && !flat.get(0).tuple()) {
                    String x = sc.names.fresh(flat.get(0).names().get(0).text());
                    Scope inner = sc.local(flat.get(0).names().get(0).text(), x);
                    return lambda(fn + "(" + sets.get(0) + ", ", x, value(b.body(), inner), sc);
                }
                String t = sc.names.fresh("t");
                Scope inner = sc;
                String domain;
                if (sets.size() == 1) {
                    domain = sets.get(0);
                    inner = bindTuple(flat.get(0), t, sc);
                } else {
                    domain = "Tla.cartesian(" + String.join(", ", sets) + ")";
                    for (int k = 0; k < flat.size(); k++) {
                        Bound bd = flat.get(k);
                        String comp = "Tla.component(" + t + ", " + (k + 1) + ")";
                        if (bd.tuple()) {
                            for (int i = 0; i < bd.names().size(); i++) {
                                inner = inner.local(bd.names().get(i).text(), "Tla.component(" + comp + ", " + (i + 1) + ")");
                            }
                        } else {
                            inner = inner.local(bd.names().get(nameIndex.get(k)).text(), comp);
                        }
                    }
                }
                return lambda(fn + "(" + domain + ", ", t, value(b.body(), inner), sc);
            }
            default:
                throw new Untranslatable(b, "temporal quantifiers and LAMBDA are not translated");
        }
    }

    private String record(Expr.Record r, Scope sc) throws Untranslatable {
        if (r.set()) {
            StringJoiner names = new StringJoiner(", ", "new String[] {", "}");
            StringJoiner sets = new StringJoiner(", ", "new Value[] {", "}");
            for (Expr.Field f : r.fields()) {
                names.add(JavaText.literal(f.name().text()));
                sets.add(value(f.value(), sc));
            }
            return "Tla.recordSet(" + names + ", " + sets + ")";
        }
        StringJoiner j = new StringJoiner(", ", "Values.record(", ")");
        for (Expr.Field f : r.fields()) {
            j.add(JavaText.literal(f.name().text()));
            j.add(value(f.value(), sc));
        }
        return j.toString();
    }

    private String except(Expr.Except x, Scope sc) throws Untranslatable {
        String f = value(x.function(), sc);
        for (Expr.ExceptClause c : x.clauses()) {
            StringJoiner path = new StringJoiner(", ", "new Value[] {", "}");
            for (Expr.PathElement p : c.path()) {
                if (p.field() != null) {
                    path.add("Values.str(" + JavaText.literal(p.field().text()) + ")");
                } else if (p.index().size() == 1) {
                    path.add(value(p.index().get(0), sc));
                } else {
                    path.add(call("Tla.tuple", p.index(), sc));
                }
            }
            String at = sc.names.fresh("at");
            f = lambda("Tla.except(" + f + ", " + path + ", ", at, value(c.value(), sc.local("@", at)), sc);
        }
        return f;
    }

    private String caseExpr(Expr.Case c, int i, Scope sc) throws Untranslatable {
        if (i == c.arms().size()) {
            return c.other() != null ? value(c.other(), sc)
                    : "Tla.caseFailed(" + JavaText.literal("CASE at line " + (c.range().start().line() + 1)) + ")";
        }
        Expr.CaseArm arm = c.arms().get(i);
        return "(" + bool(arm.guard(), sc) + " ? " + value(arm.value(), sc) + " : " + caseExpr(c, i + 1, sc) + ")";
    }

    private String let(Expr.Let l, int i, Scope sc) throws Untranslatable {
        if (i == l.definitions().size()) {
            return value(l.body(), sc);
        }
        Unit u = l.definitions().get(i);
        if (u instanceof Unit.Recursive) {
            return let(l, i + 1, sc);
        }
        if (u instanceof Unit.OperatorDef d && Recursion.declaredRecursive(l, d)) {
            return recursion.letOperator(d, sc, inner -> let(l, i + 1, inner));
        }
        if (u instanceof Unit.FunctionDef f && Recursion.isRecursive(f)) {
            return recursion.letFunction(f, sc, inner -> let(l, i + 1, inner));
        }
        if (u instanceof Unit.OperatorDef d) {
            String name = d.name().text();
            if (d.params().isEmpty()) {
                // TLC evaluates a LET definition only where it is used (and maybe never): expand it there
                return let(l, i + 1, sc.bind(name, new Scope.Macro(List.of(), d.body(), sc)));
            }
            List<String> params = new ArrayList<>();
            for (var p : d.params()) {
                if (p.arity() > 0) {
                    throw new Untranslatable(l, "LET operator " + name + " takes an operator argument");
                }
                params.add(p.name().text());
            }
            return let(l, i + 1, sc.bind(name, new Scope.Macro(params, d.body(), sc)));
        }
        if (u instanceof Unit.FunctionDef f) {
            String name = f.name().text();
            Expr fn = new Expr.Binder(Expr.BinderKind.FUNCTION, f.bounds(), f.body(), f.range());
            String x = sc.names.fresh(name);
            String v = value(fn, sc);
            return "Tla.let(" + v + ", " + x + " -> " + let(l, i + 1, sc.local(name, x)) + ")";
        }
        throw new Untranslatable(l, "this LET definition is not translated");
    }
}
