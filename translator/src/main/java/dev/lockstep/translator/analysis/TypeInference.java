package dev.lockstep.translator.analysis;

import dev.lockstep.runtime.value.BoolValue;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.ModelValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.StrValue;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each variable a {@link TlaType}: from a type invariant ({@code TypeOK},
 * {@code TypeInvariant}, ...: conjuncts {@code x \in T} or {@code x \subseteq T}) when the spec has
 * one, else from the initial predicate ({@code x = e}, {@code x \in S}); otherwise {@link TlaType.Any}.
 * The configuration's constant values tell which constants are sets of model values (they become
 * enums) or of integers. Types are a projection for Java; TLC's check of the type invariant is what
 * makes them true, and generated code fails loudly on a value outside its type.
 */
public final class TypeInference {
    /** How deep type invariants naming type invariants are followed (a recursive definition stops there). */
    private static final int MAX_TYPE_NESTING = 8;
    private static final List<String> TYPE_INVARIANTS = List.of("TypeOK", "TypeOk", "TypeInvariant", "TypeInv",
            "TypesOK", "TypeCorrect", "TypeOK_");
    /** How deep type expressions are followed (through definitions too): deep enough for a message with a log. */
    private static final int DEPTH = 16;

    private final SpecModel spec;
    private final Map<String, Value> constants;
    private final List<String> invariants;

    /**
     * @param constants  the configuration's constant values (empty without a configuration)
     * @param invariants the invariants the configuration names (INVARIANT), in its order
     */
    public TypeInference(SpecModel spec, Map<String, Value> constants, List<String> invariants) {
        this.spec = spec;
        this.constants = Map.copyOf(constants);
        this.invariants = List.copyOf(invariants);
    }

    /** The type of every variable, in declaration order. */
    public Map<String, TlaType> variables(String initName) {
        Map<String, TlaType> out = new LinkedHashMap<>();
        spec.variables().forEach(v -> out.put(v, TlaType.ANY));
        for (Definition d : typeInvariants()) {
            for (Expr c : typeConjuncts(d.body(), 0)) {
                String v = lhsVariable(c);
                if (v != null && out.get(v) instanceof TlaType.Any) {
                    Expr.OpApp o = (Expr.OpApp) c;
                    TlaType t = member(o.args().get(1), v, 0);
                    out.put(v, o.op() == Operator.SUBSETEQ ? setOf(t) : o.op() == Operator.IN ? t : TlaType.ANY);
                }
                Map.Entry<String, TlaType> f = v == null ? perArgument(c) : null;
                if (f != null && out.get(f.getKey()) instanceof TlaType.Any) {
                    out.put(f.getKey(), f.getValue());
                }
            }
        }
        Definition init = spec.definition(initName);
        if (init != null) {
            for (Expr c : Exprs.conjuncts(init.body())) {
                String v = lhsVariable(c);
                if (v != null && out.get(v) instanceof TlaType.Any) {
                    Expr.OpApp o = (Expr.OpApp) c;
                    TlaType t = o.op() == Operator.EQ ? initialValue(o.args().get(1), 0)
                            : o.op() == Operator.IN ? member(o.args().get(1), v, 0) : TlaType.ANY;
                    out.put(v, keptByActions(v, t));
                }
            }
        }
        return out;
    }

    /**
     * The type invariants, first first: each invariant the configuration names whose body is a
     * conjunction of {@code x \in S} and {@code x \subseteq S} over variables (whatever its name:
     * {@code TPTypeOK}), then the first definition with a conventional name ({@code TypeOK},
     * {@code TypeInvariant}, ...) for a spec checked without one.
     */
    List<Definition> typeInvariants() {
        List<Definition> out = new ArrayList<>();
        for (String name : invariants) {
            Definition d = spec.definition(name);
            if (d != null && d.params().isEmpty() && !out.contains(d) && typeConjuncts(d.body(), 0).stream()
                    .allMatch(c -> lhsVariable(c) != null && c instanceof Expr.OpApp o && o.op() != Operator.EQ
                            || perArgument(c) != null)) {
                out.add(d);
            }
        }
        for (String name : TYPE_INVARIANTS) {
            Definition d = spec.definition(name);
            if (d != null && d.params().isEmpty()) {
                if (!out.contains(d)) {
                    out.add(d);
                }
                break;
            }
        }
        return out;
    }

    /**
     * The conjuncts of a type invariant's body, with each conjunct that names another type
     * invariant without arguments replaced by that one's conjuncts: {@code TypeOK == In!TypeInvariant
     * /\ held \in Data} over a named instance (whose definitions carry its substitutions), or
     * {@code TypeOK == ClockTypeOK /\ ...} over an extended module.
     */
    private List<Expr> typeConjuncts(Expr body, int depth) {
        List<Expr> out = new ArrayList<>();
        for (Expr c : Exprs.conjuncts(body)) {
            Definition d = c instanceof Expr.NameExpr n && n.args().isEmpty() && depth < MAX_TYPE_NESTING
                    ? spec.definition(n.name().text()) : null;
            if (d != null && d.params().isEmpty()) {
                out.addAll(typeConjuncts(d.body(), depth + 1));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A type read from the initial predicate holds only if every action keeps it: each
     * {@code v' = e} and {@code v' \in S} of the spec must give a value of the same type (or
     * {@code v} itself). Otherwise the variable gets the kind both agree on (a set, a function) or
     * no type at all ({@code lock = "free"} and later {@code lock' = self}).
     */
    private TlaType keptByActions(String v, TlaType initial) {
        TlaType t = initial;
        for (Definition d : spec.definitions().values()) {
            List<TlaType> assigned = new ArrayList<>();
            Exprs.any(d.body(), e -> {
                if (e instanceof Expr.OpApp o && (o.op() == Operator.EQ || o.op() == Operator.IN)
                        && o.args().get(0) instanceof Expr.OpApp p && p.op() == Operator.PRIME
                        && p.args().get(0) instanceof Expr.NameExpr n && n.args().isEmpty() && n.name().text().equals(v)) {
                    Expr rhs = o.args().get(1);
                    boolean self = rhs instanceof Expr.NameExpr r && r.args().isEmpty() && r.name().text().equals(v);
                    if (!self) {
                        assigned.add(o.op() == Operator.EQ ? initialValue(rhs, 0) : member(rhs, v, 0));
                    }
                }
                return false;
            });
            for (TlaType a : assigned) {
                t = agree(t, a);
            }
        }
        return t;
    }

    private static TlaType agree(TlaType a, TlaType b) {
        if (a.equals(b)) {
            return a;
        }
        boolean aSet = a instanceof TlaType.AnySet || a instanceof TlaType.SetOf;
        boolean bSet = b instanceof TlaType.AnySet || b instanceof TlaType.SetOf;
        if (aSet && bSet) {
            return TlaType.ANY_SET;
        }
        if (functionLike(a) && functionLike(b)) {
            return TlaType.ANY_FUNCTION;
        }
        return TlaType.ANY;
    }

    /** Functions, sequences and records: all functions in TLA+. */
    private static boolean functionLike(TlaType t) {
        return t instanceof TlaType.AnyFunction || t instanceof TlaType.FunctionOf || t instanceof TlaType.SeqOf
                || t instanceof TlaType.RecordOf || t instanceof TlaType.Tagged;
    }

    /**
     * {@code \A s \in S : f[s] \in T} with {@code f} a variable: {@code f} is a function from
     * {@code S} to {@code T} ({@code [S -> T]} written per argument). Else null.
     */
    private Map.Entry<String, TlaType> perArgument(Expr c) {
        if (c instanceof Expr.Binder b && b.kind() == Expr.BinderKind.FORALL && b.bounds().size() == 1
                && !b.bounds().get(0).tuple() && b.bounds().get(0).names().size() == 1 && b.bounds().get(0).set() != null
                && b.body() instanceof Expr.OpApp in && in.op() == Operator.IN
                && in.args().get(0) instanceof Expr.OpApp app && app.op() == Operator.FUNCTION_APPLY
                && app.args().size() == 2 && app.args().get(0) instanceof Expr.NameExpr f && f.args().isEmpty()
                && spec.variables().contains(f.name().text()) && app.args().get(1) instanceof Expr.NameExpr x
                && x.args().isEmpty() && x.name().text().equals(b.bounds().get(0).names().get(0).text())) {
            String v = f.name().text();
            if (!wholeDomain(b.bounds().get(0).set(), v)) {
                return null;
            }
            TlaType argument = member(b.bounds().get(0).set(), v, 0);
            return Map.entry(v, argument instanceof TlaType.Any ? TlaType.ANY_FUNCTION
                    : new TlaType.FunctionOf(argument, member(in.args().get(1), v, 0)));
        }
        return null;
    }

    /**
     * Whether {@code S} in {@code \A s \in S : f[s] \in T} can be all of {@code f}'s domain: a set that
     * does not depend on {@code f} (the domain a type invariant names), {@code DOMAIN f} or
     * {@code 1..Len(f)}; not {@code 2..Len(f)}, which says nothing of {@code f[1]}.
     */
    private static boolean wholeDomain(Expr set, String f) {
        if (!Exprs.any(set, e -> e instanceof Expr.NameExpr n && n.name().text().equals(f))) {
            return true;
        }
        if (set instanceof Expr.OpApp o && o.op() == Operator.DOMAIN) {
            return isName(o.args().get(0), f);
        }
        return set instanceof Expr.OpApp o && o.op() == Operator.DOTDOT && o.args().get(0) instanceof Expr.Literal one
                && one.text().equals("1") && o.args().get(1) instanceof Expr.NameExpr len && len.name().text().equals("Len")
                && len.args().size() == 1 && isName(len.args().get(0), f);
    }

    private static boolean isName(Expr e, String name) {
        return e instanceof Expr.NameExpr n && n.args().isEmpty() && n.name().text().equals(name);
    }

    private String lhsVariable(Expr c) {
        if (c instanceof Expr.OpApp o && (o.op() == Operator.IN || o.op() == Operator.EQ || o.op() == Operator.SUBSETEQ)
                && o.args().get(0) instanceof Expr.NameExpr n && n.args().isEmpty()
                && spec.variables().contains(n.name().text())) {
            return n.name().text();
        }
        return null;
    }

    /**
     * The type of the elements of set expression {@code s}; {@code hint} names an enum of strings
     * found there (the variable, or the definition that names the set).
     */
    public TlaType member(Expr s, String hint, int depth) {
        if (depth > DEPTH) {
            return TlaType.ANY;
        }
        if (s instanceof Expr.Label l) {
            return member(l.body(), hint, depth + 1);
        }
        if (s instanceof Expr.Literal l) {
            switch (l.kind()) {
                case BOOLEAN_SET:
                    return TlaType.BOOL;
                case STRING_SET:
                    return TlaType.STR;
                default:
                    return TlaType.ANY;
            }
        }
        if (s instanceof Expr.NameExpr n && n.args().isEmpty()) {
            String id = n.name().text();
            Definition d = spec.definition(id);
            if (d != null) {
                return d.params().isEmpty() && !spec.isActionDef(id) ? member(d.body(), id, depth + 1) : TlaType.ANY;
            }
            if (id.equals("Nat") || id.equals("Int")) {
                return TlaType.INT;
            }
            if (spec.constants().contains(id) && constants.get(id) instanceof SetValue set) {
                return constantSet(id, set);
            }
            return TlaType.ANY;
        }
        if (s instanceof Expr.NameExpr n && n.name().text().equals("Seq") && n.args().size() == 1
                && spec.definition("Seq") == null) {
            TlaType e = member(n.args().get(0), hint, depth + 1);
            return e instanceof TlaType.Any ? TlaType.ANY_FUNCTION : new TlaType.SeqOf(e);
        }
        if (s instanceof Expr.Record r && r.set()) {
            List<String> fields = new ArrayList<>();
            List<TlaType> types = new ArrayList<>();
            for (Expr.Field f : r.fields()) {
                if (fields.contains(f.name().text())) {
                    return TlaType.ANY_FUNCTION;
                }
                fields.add(f.name().text());
                types.add(member(f.value(), f.name().text(), depth + 1));
            }
            return new TlaType.RecordOf(fields, types, hint);
        }
        if (s instanceof Expr.OpApp o) {
            switch (o.op()) {
                case DOTDOT:
                    return TlaType.INT;
                case FUNCTION_SET: {
                    TlaType k = member(o.args().get(0), hint, depth + 1);
                    TlaType v = member(o.args().get(1), hint, depth + 1);
                    return k instanceof TlaType.Any ? TlaType.ANY_FUNCTION : new TlaType.FunctionOf(k, v);
                }
                case POWERSET:
                    return setOf(member(o.args().get(0), hint, depth + 1));
                case SET_ENUM:
                    return enumerated(o.args(), hint, depth);
                case CUP: {
                    TlaType a = member(o.args().get(0), hint, depth + 1);
                    TlaType b = member(o.args().get(1), hint, depth + 1);
                    TlaType optional = optional(o.args().get(1), a);
                    if (optional == null) {
                        optional = optional(o.args().get(0), b);
                    }
                    return optional != null ? optional : join(a, b, hint);
                }
                case CAP:
                case SETMINUS:
                    return member(o.args().get(0), hint, depth + 1);
                case CARTESIAN:
                    return TlaType.ANY_FUNCTION;
                default:
                    return TlaType.ANY;
            }
        }
        return TlaType.ANY;
    }

    /**
     * {@code S \cup {Nil}} as an optional value of {@code S}'s type {@code present}: when {@code single}
     * is {@code {Nil}} with {@code Nil} a constant the configuration sets to a model value that
     * {@code S} cannot hold. Else null.
     */
    private TlaType optional(Expr single, TlaType present) {
        if (!(single instanceof Expr.OpApp o && o.op() == Operator.SET_ENUM && o.args().size() == 1
                && o.args().get(0) instanceof Expr.NameExpr n && n.args().isEmpty()
                && spec.constants().contains(n.name().text()) && spec.definition(n.name().text()) == null
                && constants.get(n.name().text()) instanceof ModelValue absent)) {
            return null;
        }
        if (present instanceof TlaType.Any || present instanceof TlaType.AnyModelValue
                || present instanceof TlaType.OptionalOf) {
            return null;
        }
        if (present instanceof TlaType.ModelValues m
                && !(constants.get(m.constant()) instanceof SetValue set && !set.contains(absent))) {
            return null;
        }
        return new TlaType.OptionalOf(present, absent.name());
    }

    private TlaType constantSet(String constant, SetValue set) {
        if (set.isEmpty()) {
            return TlaType.ANY;
        }
        if (set.elements().stream().allMatch(e -> e instanceof ModelValue)) {
            return new TlaType.ModelValues(constant);
        }
        if (set.elements().stream().allMatch(e -> e instanceof IntValue)) {
            return TlaType.INT;
        }
        if (set.elements().stream().allMatch(e -> e instanceof StrValue)) {
            return TlaType.STR;
        }
        if (set.elements().stream().allMatch(e -> e instanceof BoolValue)) {
            return TlaType.BOOL;
        }
        return TlaType.ANY;
    }

    /** The element type of {@code {a, b, ...}}. */
    private TlaType enumerated(List<Expr> items, String hint, int depth) {
        List<String> strings = new ArrayList<>();
        TlaType t = null;
        for (Expr a : items) {
            if (a instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING) {
                strings.add(l.text());
                continue;
            }
            TlaType at = element(a, depth + 1);
            t = t == null ? at : join(t, at, hint);
        }
        if (!strings.isEmpty()) {
            return t == null ? new TlaType.Strings(strings, hint) : TlaType.ANY;
        }
        return t == null ? TlaType.ANY : t;
    }

    /** The type of one element of a set enumeration. */
    private TlaType element(Expr e, int depth) {
        if (e instanceof Expr.NameExpr n && n.args().isEmpty() && spec.constants().contains(n.name().text())
                && spec.definition(n.name().text()) == null) {
            Value v = constants.get(n.name().text());
            if (v instanceof ModelValue) {
                return TlaType.ANY_MODEL_VALUE;
            }
            if (v instanceof IntValue) {
                return TlaType.INT;
            }
            return TlaType.ANY;
        }
        return initialValue(e, depth);
    }

    /** The type of a value, as far as an initial value tells it: scalars and kinds of collection. */
    public TlaType initialValue(Expr e, int depth) {
        if (depth > DEPTH) {
            return TlaType.ANY;
        }
        if (e instanceof Expr.Literal l) {
            switch (l.kind()) {
                case NUMBER, BINARY, OCTAL, HEX:
                    return TlaType.INT;
                case TRUE, FALSE:
                    return TlaType.BOOL;
                case STRING:
                    return TlaType.STR;
                case BOOLEAN_SET:
                    return TlaType.ANY_SET;
                default:
                    return TlaType.ANY;
            }
        }
        if (e instanceof Expr.Record r) {
            return r.set() ? TlaType.ANY_SET : TlaType.ANY_FUNCTION;
        }
        if (e instanceof Expr.Except) {
            return TlaType.ANY_FUNCTION;
        }
        if (e instanceof Expr.Label l) {
            return initialValue(l.body(), depth + 1);
        }
        if (e instanceof Expr.Binder b) {
            switch (b.kind()) {
                case FUNCTION:
                    return TlaType.ANY_FUNCTION;
                case SET_FILTER, SET_MAP:
                    return TlaType.ANY_SET;
                case EXISTS, FORALL:
                    return TlaType.BOOL;
                default:
                    return TlaType.ANY;
            }
        }
        if (e instanceof Expr.OpApp o) {
            switch (o.op()) {
                case PLUS, MINUS, TIMES, DIV, MOD, POW, NEGATE:
                    return TlaType.INT;
                case SET_ENUM, CUP, CAP, SETMINUS, POWERSET, DOTDOT, FUNCTION_SET, CARTESIAN:
                    return TlaType.ANY_SET;
                case TUPLE, COLON_GT, AT_AT, CIRC:
                    return TlaType.ANY_FUNCTION;
                case DOMAIN, BIG_UNION:
                    return TlaType.ANY_SET;
                case EQ, NEQ, LT, GT, LEQ, GEQ, IN, NOTIN, AND, OR, NOT, IMPLIES:
                    return TlaType.BOOL;
                case IF_THEN_ELSE:
                    return agree(initialValue(o.args().get(1), depth + 1), initialValue(o.args().get(2), depth + 1));
                default:
                    return TlaType.ANY;
            }
        }
        if (e instanceof Expr.NameExpr n && n.args().isEmpty()) {
            Definition d = spec.definition(n.name().text());
            if (d != null && d.params().isEmpty() && !spec.isActionDef(d.name())) {
                return initialValue(d.body(), depth + 1);
            }
        }
        if (e instanceof Expr.NameExpr n && !n.args().isEmpty() && spec.definition(n.name().text()) == null) {
            switch (n.name().text()) {
                case "Append", "Tail", "SubSeq", "SelectSeq":
                    return TlaType.ANY_FUNCTION;
                case "Len", "Cardinality":
                    return TlaType.INT;
                default:
                    return TlaType.ANY;
            }
        }
        return TlaType.ANY;
    }

    private static TlaType setOf(TlaType element) {
        return element instanceof TlaType.Any ? TlaType.ANY_SET : new TlaType.SetOf(element);
    }

    /** The type of a union: the common type, a merged set of strings, or a model value of several constants. */
    static TlaType join(TlaType a, TlaType b, String hint) {
        if (a.equals(b)) {
            return a;
        }
        if (a instanceof TlaType.Strings x && b instanceof TlaType.Strings y) {
            Set<String> all = new LinkedHashSet<>(x.members());
            all.addAll(y.members());
            return new TlaType.Strings(new ArrayList<>(all), hint);
        }
        boolean am = a instanceof TlaType.ModelValues || a instanceof TlaType.AnyModelValue;
        boolean bm = b instanceof TlaType.ModelValues || b instanceof TlaType.AnyModelValue;
        if (am && bm) {
            return TlaType.ANY_MODEL_VALUE;
        }
        TlaType records = records(a, b, hint);
        if (records != null) {
            return records;
        }
        if (functionLike(a) && functionLike(b)) {
            return TlaType.ANY_FUNCTION;
        }
        return TlaType.ANY;
    }

    /**
     * The union of two record types (or unions of them): {@link TlaType.Tagged} when a field tells
     * them apart (its sets of strings are disjoint), one record type when they have the same fields,
     * else null.
     */
    private static TlaType records(TlaType a, TlaType b, String hint) {
        List<TlaType.RecordOf> all = new ArrayList<>();
        for (TlaType t : List.of(a, b)) {
            if (t instanceof TlaType.RecordOf r) {
                all.add(r);
            } else if (t instanceof TlaType.Tagged g) {
                all.addAll(g.variants());
            } else {
                return null;
            }
        }
        for (String tag : all.get(0).fields()) {
            TlaType.Tagged tagged = taggedBy(tag, all, hint);
            if (tagged != null) {
                return tagged;
            }
        }
        TlaType.RecordOf first = all.get(0);
        if (all.stream().allMatch(r -> r.fields().equals(first.fields()))) {
            List<TlaType> types = new ArrayList<>(first.types());
            for (TlaType.RecordOf r : all) {
                for (int i = 0; i < types.size(); i++) {
                    types.set(i, join(types.get(i), r.types().get(i), r.fields().get(i)));
                }
            }
            return new TlaType.RecordOf(first.fields(), types, first.hint());
        }
        return null;
    }

    /** The records split into one variant per value of field {@code tag}, or null if {@code tag} does not tell them apart. */
    private static TlaType.Tagged taggedBy(String tag, List<TlaType.RecordOf> records, String hint) {
        Set<String> seen = new LinkedHashSet<>();
        List<TlaType.RecordOf> variants = new ArrayList<>();
        for (TlaType.RecordOf r : records) {
            int i = r.fields().indexOf(tag);
            if (i < 0 || !(r.types().get(i) instanceof TlaType.Strings s)) {
                return null;
            }
            for (String m : s.members()) {
                if (!seen.add(m)) {
                    return null;
                }
                List<TlaType> types = new ArrayList<>(r.types());
                types.set(i, new TlaType.Strings(List.of(m), tag));
                variants.add(new TlaType.RecordOf(r.fields(), types, m));
            }
        }
        return new TlaType.Tagged(tag, variants, hint);
    }
}
