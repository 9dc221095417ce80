package dev.lockstep.runtime.value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * TLA+'s built-in operators over {@link Value}s, as generated code calls them: one static method
 * per operator of the Naturals/Integers, FiniteSets, Sequences and TLC modules and of the core
 * language (the Bags module's are {@link TlaBags}). Operands are checked at run time, as TLC does; a mismatch is a
 * {@link TlaEvaluationException}. The operators of Lockstep's library that TLA+ cannot define
 * ({@code ToJson}, {@code atoi}, ...) give what the checker bridge's Java overrides give TLC.
 * Stateless.
 */
public final class Tla {
    /** {@code BOOLEAN}. */
    public static final SetValue BOOLEAN = SetValue.of(BoolValue.FALSE, BoolValue.TRUE);

    private Tla() {
    }

    // ---------------------------------------------------------------- logic and equality

    public static boolean eq(Value a, Value b) {
        return a.equals(b);
    }

    public static BoolValue bool(boolean b) {
        return BoolValue.of(b);
    }

    /** {@code CASE} with no arm true and no OTHER: an evaluation error, as in TLC. */
    public static Value caseFailed(String tla) {
        throw new TlaEvaluationException("no arm of the CASE is true: " + tla);
    }

    /** {@code Assert(c, msg)} of the TLC module. */
    public static boolean tlcAssert(boolean c, Value msg) {
        if (!c) {
            throw new TlaEvaluationException("assertion failed: " + msg.toTla());
        }
        return true;
    }

    /** {@code LET x == v IN body(x)}. */
    public static Value let(Value v, UnaryOperator<Value> body) {
        return body.apply(v);
    }

    /** {@code LET RECURSIVE F(_) ... IN body}: the operator {@code op} (from {@link #fix1} and the like) passed to the body. */
    public static <F> Value letOperator(F op, Function<F, Value> body) {
        return body.apply(op);
    }

    /**
     * A recursive operator of one argument ({@code LET RECURSIVE F(_)}, or a recursive function
     * {@code f[x \in S] == ...} applied lazily, as TLC does): {@code body} receives the operator itself.
     */
    public static UnaryOperator<Value> fix1(UnaryOperator<UnaryOperator<Value>> body) {
        return new UnaryOperator<>() {
            @Override
            public Value apply(Value x) {
                return body.apply(this).apply(x);
            }
        };
    }

    /** A recursive operator of two arguments ({@code LET RECURSIVE F(_, _)}); see {@link #fix1}. */
    public static BinaryOperator<Value> fix2(UnaryOperator<BinaryOperator<Value>> body) {
        return new BinaryOperator<>() {
            @Override
            public Value apply(Value x, Value y) {
                return body.apply(this).apply(x, y);
            }
        };
    }

    /** A recursive operator of three or more arguments, taking them as an array; see {@link #fix1}. */
    public static Function<Value[], Value> fixN(UnaryOperator<Function<Value[], Value>> body) {
        return new Function<>() {
            @Override
            public Value apply(Value[] args) {
                return body.apply(this).apply(args);
            }
        };
    }

    // ---------------------------------------------------------------- integers

    public static IntValue integer(long n) {
        return IntValue.of(n);
    }

    public static IntValue integer(String digits) {
        return new IntValue(new BigInteger(digits));
    }

    public static IntValue plus(Value a, Value b) {
        return a.asInt().plus(b.asInt());
    }

    public static IntValue minus(Value a, Value b) {
        return a.asInt().minus(b.asInt());
    }

    public static IntValue times(Value a, Value b) {
        return a.asInt().times(b.asInt());
    }

    public static IntValue negate(Value a) {
        return a.asInt().negate();
    }

    public static IntValue div(Value a, Value b) {
        return a.asInt().div(b.asInt());
    }

    public static IntValue mod(Value a, Value b) {
        return a.asInt().mod(b.asInt());
    }

    public static IntValue pow(Value a, Value b) {
        return a.asInt().pow(b.asInt());
    }

    public static boolean lt(Value a, Value b) {
        return a.asInt().lessThan(b.asInt());
    }

    public static boolean le(Value a, Value b) {
        return a.asInt().lessOrEqual(b.asInt());
    }

    public static boolean gt(Value a, Value b) {
        return b.asInt().lessThan(a.asInt());
    }

    public static boolean ge(Value a, Value b) {
        return b.asInt().lessOrEqual(a.asInt());
    }

    /** {@code a..b}. */
    public static SetValue range(Value a, Value b) {
        return Values.range(a.asInt(), b.asInt());
    }

    /** {@code v \in Nat}. */
    public static boolean isNat(Value v) {
        return v instanceof IntValue i && i.value().signum() >= 0;
    }

    /** {@code v \in Int}. */
    public static boolean isInt(Value v) {
        return v instanceof IntValue;
    }

    /** {@code v \in STRING}. */
    public static boolean isString(Value v) {
        return v instanceof StrValue;
    }

    /** {@code Max} and {@code Min} are user-defined in most specs; these are for generated helpers. */
    public static IntValue max(Value a, Value b) {
        return lt(a, b) ? b.asInt() : a.asInt();
    }

    // ---------------------------------------------------------------- sets

    /** {@code {a, b, c}}. */
    public static SetValue setOf(Value... elements) {
        return SetValue.of(elements);
    }

    public static boolean in(Value v, Value set) {
        return set.asSet().contains(v);
    }

    public static SetValue union(Value a, Value b) {
        return a.asSet().union(b.asSet());
    }

    public static SetValue intersect(Value a, Value b) {
        return a.asSet().intersect(b.asSet());
    }

    public static SetValue setMinus(Value a, Value b) {
        return a.asSet().minus(b.asSet());
    }

    public static boolean subsetEq(Value a, Value b) {
        return a.asSet().isSubsetOf(b.asSet());
    }

    public static SetValue powerset(Value a) {
        return a.asSet().powerset();
    }

    public static SetValue bigUnion(Value a) {
        return a.asSet().bigUnion();
    }

    /** {@code Cardinality(S)}. */
    public static IntValue cardinality(Value a) {
        return IntValue.of(a.asSet().size());
    }

    public static boolean exists(Value set, Predicate<Value> p) {
        return set.asSet().exists(p);
    }

    public static boolean forAll(Value set, Predicate<Value> p) {
        return set.asSet().forAll(p);
    }

    /** {@code CHOOSE x \in S : p(x)}: the least such element in canonical order. */
    public static Value choose(Value set, Predicate<Value> p) {
        for (Value v : set.asSet()) {
            if (p.test(v)) {
                return v;
            }
        }
        throw new TlaEvaluationException("CHOOSE found no element of " + set.toTla() + " that satisfies the predicate");
    }

    /**
     * {@code RandomElement(S)} of the TLC module: TLC picks an element at random, and any element
     * is a value it may give; this is the least in canonical order, as CHOOSE gives it.
     */
    public static Value randomElement(Value set) {
        if (set.asSet().isEmpty()) {
            throw new TlaEvaluationException("RandomElement of the empty set");
        }
        return set.asSet().iterator().next();
    }

    /** {@code {x \in S : p(x)}}. */
    public static SetValue filter(Value set, Predicate<Value> p) {
        return set.asSet().filter(p);
    }

    /** {@code {f(x) : x \in S}}. */
    public static SetValue map(Value set, Function<Value, Value> f) {
        return set.asSet().map(f);
    }

    /** {@code UNION {f(x) : x \in S}}, used for set maps over several bounds. */
    public static SetValue unionMap(Value set, Function<Value, Value> f) {
        List<Value> all = new ArrayList<>();
        for (Value v : set.asSet()) {
            all.addAll(f.apply(v).asSet().elements());
        }
        return SetValue.copyOf(all);
    }

    /** {@code S1 \X S2 \X ...}: the set of tuples. */
    public static SetValue cartesian(Value... sets) {
        List<Value> acc = new ArrayList<>();
        acc.add(SeqValue.EMPTY);
        for (Value s : sets) {
            List<Value> next = new ArrayList<>();
            for (Value prefix : acc) {
                for (Value e : s.asSet()) {
                    next.add(((SeqValue) prefix).append(e));
                }
            }
            acc = next;
        }
        return SetValue.copyOf(acc);
    }

    /** {@code [S -> T]}, enumerated. */
    public static SetValue functionSet(Value domain, Value range) {
        List<Value> dom = domain.asSet().elements();
        List<Value> ran = range.asSet().elements();
        double size = Math.pow(ran.size(), dom.size());
        if (size > 1_000_000) {
            throw new TlaEvaluationException("[" + domain.toTla() + " -> " + range.toTla() + "] is too large to enumerate");
        }
        List<Value> out = new ArrayList<>();
        int[] idx = new int[dom.size()];
        if (ran.isEmpty() && !dom.isEmpty()) {
            return SetValue.EMPTY;
        }
        while (true) {
            TreeMap<Value, Value> g = new TreeMap<>();
            for (int i = 0; i < dom.size(); i++) {
                g.put(dom.get(i), ran.get(idx[i]));
            }
            out.add(new FnValue(g));
            int k = 0;
            while (k < idx.length && ++idx[k] == ran.size()) {
                idx[k] = 0;
                k++;
            }
            if (k == idx.length) {
                break;
            }
        }
        return SetValue.copyOf(out);
    }

    /** {@code f \in [S -> T]} without enumerating the function set. */
    public static boolean inFunctionSet(Value f, Value domain, Predicate<Value> inRange) {
        if (!(f instanceof FunctionValue fn) || !fn.domain().equals(domain.asSet())) {
            return false;
        }
        for (Value v : fn.graph().values()) {
            if (!inRange.test(v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s \in Seq(S)} without enumerating {@code Seq(S)}. */
    public static boolean inSeq(Value s, Predicate<Value> inElement) {
        if (!(s instanceof FunctionValue fn)) {
            return false;
        }
        SeqValue seq;
        try {
            seq = fn.asSequence();
        } catch (TlaEvaluationException e) {
            return false;
        }
        for (Value v : seq.elements()) {
            if (!inElement.test(v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [a : S, b : T]}, enumerated. */
    public static SetValue recordSet(String[] fields, Value[] sets) {
        List<Value> acc = new ArrayList<>();
        acc.add(new RecordValue(new TreeMap<>()));
        for (int i = 0; i < fields.length; i++) {
            List<Value> next = new ArrayList<>();
            for (Value r : acc) {
                for (Value e : sets[i].asSet()) {
                    TreeMap<String, Value> f = new TreeMap<>(((RecordValue) r).fields());
                    f.put(fields[i], e);
                    next.add(new RecordValue(f));
                }
            }
            acc = next;
        }
        return SetValue.copyOf(acc);
    }

    // ---------------------------------------------------------------- functions and records

    /** {@code f[a]}, or {@code f[a, b]} (the argument is the tuple {@code <<a, b>>}). */
    public static Value apply(Value f, Value... args) {
        Value arg = args.length == 1 ? args[0] : SeqValue.of(args);
        return f.asFunction().apply(arg);
    }

    /** {@code r.field}. */
    public static Value field(Value r, String field) {
        if (r instanceof RecordValue rec) {
            return rec.get(field);
        }
        return r.asFunction().apply(new StrValue(field));
    }

    /** {@code DOMAIN f}. */
    public static SetValue domain(Value f) {
        return f.asFunction().domain();
    }

    /** {@code [f EXCEPT ![p1][p2]... = update(@)]}. */
    public static Value except(Value f, Value[] path, UnaryOperator<Value> update) {
        FunctionValue fn = f.asFunction();
        Value key = path[0];
        Value old = fn.apply(key);
        Value next;
        if (path.length == 1) {
            next = update.apply(old);
        } else {
            Value[] rest = new Value[path.length - 1];
            System.arraycopy(path, 1, rest, 0, rest.length);
            next = except(old, rest, update);
        }
        return fn.except(key, next);
    }

    /** {@code [x \in S |-> f(x)]}. */
    public static FnValue function(Value domain, Function<Value, Value> f) {
        return FnValue.tabulate(domain.asSet(), f);
    }

    /** {@code a :> b} of the TLC module. */
    public static FnValue singletonFunction(Value a, Value b) {
        return Values.fn(a, b);
    }

    /** {@code f @@ g} of the TLC module: f where both are defined. */
    public static FnValue merge(Value f, Value g) {
        TreeMap<Value, Value> out = new TreeMap<>(g.asFunction().graph());
        out.putAll(f.asFunction().graph());
        return new FnValue(out);
    }

    /** {@code Permutations(S)} of the TLC module: every bijection from S onto S. */
    public static SetValue permutations(Value set) {
        List<Value> elems = new ArrayList<>(set.asSet().elements());
        List<Value> out = new ArrayList<>();
        permute(elems, 0, out);
        return SetValue.copyOf(out);
    }

    private static void permute(List<Value> images, int k, List<Value> out) {
        if (k == images.size()) {
            List<Value> domain = new ArrayList<>(images);
            domain.sort(null);
            TreeMap<Value, Value> graph = new TreeMap<>();
            for (int i = 0; i < domain.size(); i++) {
                graph.put(domain.get(i), images.get(i));
            }
            out.add(new FnValue(graph));
            return;
        }
        for (int i = k; i < images.size(); i++) {
            java.util.Collections.swap(images, k, i);
            permute(images, k + 1, out);
            java.util.Collections.swap(images, k, i);
        }
    }

    // ---------------------------------------------------------------- sequences and tuples

    /** {@code <<a, b, c>>}, built as a sequence (TLA+ does not tell tuples and sequences apart). */
    public static SeqValue tuple(Value... elements) {
        return SeqValue.of(elements);
    }

    /** {@code Len(s)}: of a sequence, or of a string (as TLC allows). */
    public static IntValue len(Value s) {
        return IntValue.of(s instanceof StrValue str ? str.value().length() : s.asFunction().asSequence().len());
    }

    public static SeqValue append(Value s, Value e) {
        return s.asFunction().asSequence().append(e);
    }

    public static Value head(Value s) {
        return s.asFunction().asSequence().head();
    }

    public static SeqValue tail(Value s) {
        return s.asFunction().asSequence().tail();
    }

    /** {@code s \o t}: of sequences, or of strings (as TLC allows). */
    public static Value concat(Value s, Value t) {
        if (s instanceof StrValue a && t instanceof StrValue b) {
            return StrValue.of(a.value() + b.value());
        }
        return s.asFunction().asSequence().concat(t.asFunction().asSequence());
    }

    /** {@code SubSeq(s, m, n)}: of a sequence, or of a string (as TLC allows). */
    public static Value subSeq(Value s, Value m, Value n) {
        if (s instanceof StrValue str) {
            int from = m.asInt().intValue();
            int to = n.asInt().intValue();
            if (from > to) {
                return StrValue.of("");
            }
            if (from < 1 || to > str.value().length()) {
                throw new TlaEvaluationException("SubSeq(" + s.toTla() + ", " + from + ", " + to + "): out of range");
            }
            return StrValue.of(str.value().substring(from - 1, to));
        }
        return s.asFunction().asSequence().subSeq(m.asInt().intValue(), n.asInt().intValue());
    }

    /**
     * {@code SortSeq(s, Op)} of the TLC module: {@code s} ordered by {@code less}, a strict order
     * (elements neither less than the other keep their order, as in TLC's stable sort).
     */
    public static SeqValue sortSeq(Value s, BiPredicate<Value, Value> less) {
        List<Value> out = new ArrayList<>(s.asFunction().asSequence().elements());
        out.sort((a, b) -> {
            boolean ab = less.test(a, b);
            return ab == less.test(b, a) ? 0 : ab ? -1 : 1;
        });
        return new SeqValue(out);
    }

    /** {@code SelectSeq(s, Test)}: the elements of {@code s} that pass the test, in order. */
    public static SeqValue selectSeq(Value s, Predicate<Value> p) {
        List<Value> out = new ArrayList<>();
        for (Value v : s.asFunction().asSequence().elements()) {
            if (p.test(v)) {
                out.add(v);
            }
        }
        return new SeqValue(out);
    }

    /** The {@code i}-th component (1-based) of a tuple bound by {@code <<x, y>> \in S}. */
    public static Value component(Value tuple, int i) {
        return tuple.asFunction().apply(IntValue.of(i));
    }

    /** Iterates a set for generated loops; fails with a clear message when it is not a set. */
    public static Iterable<Value> each(Value set) {
        SetValue s = set.asSet();
        return () -> {
            Iterator<Value> it = s.iterator();
            return it;
        };
    }

    // ---------------------------------------------------------------- Lockstep's library, evaluated in Java as TLC does

    /** TLC's {@code ToString(v)}: the value as TLA+ text. */
    public static StrValue tlcToString(Value v) {
        return StrValue.of(v.toTla());
    }

    /** Json's {@code ToJson(v)}. */
    public static StrValue toJson(Value v) {
        return StrValue.of(JsonText.write(v));
    }

    /** Json's {@code ToJsonArray(v)}: a sequence or set. */
    public static StrValue toJsonArray(Value v) {
        StrValue s = toJson(v);
        if (!s.value().startsWith("[")) {
            throw new TlaEvaluationException("ToJsonArray: expected a sequence or set, got " + v.toTla());
        }
        return s;
    }

    /** Json's {@code ToJsonObject(v)}: a record or function ({@code <<>>} is the empty object). */
    public static StrValue toJsonObject(Value v) {
        String s = toJson(v).value();
        if (!s.startsWith("{") && !s.equals("[]")) {
            throw new TlaEvaluationException("ToJsonObject: expected a record or function, got " + v.toTla());
        }
        return StrValue.of(s.equals("[]") ? "{}" : s);
    }

    /** IOUtils' {@code atoi(s)}: the integer the decimal string {@code s} writes (white space around it ignored). */
    public static IntValue atoi(Value s) {
        String text = s.asString().strip();
        try {
            return IntValue.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new TlaEvaluationException("atoi: \"" + text + "\" is not an integer");
        }
    }

    /** IOUtils' {@code zeroPadN(n, pad)}: {@code n} in decimal, with leading zeros up to {@code pad} characters. */
    public static StrValue zeroPadN(Value n, Value pad) {
        int width = pad.asInt().intValue();
        String digits = Integer.toString(n.asInt().intValue());
        return StrValue.of(digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits);
    }
}
