package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What TLA+ names mean at one point of a generated method: bound variables and parameters (Java
 * locals), LET operators with parameters (expanded where used), and the values of primed
 * variables assigned so far. Immutable; the {@link JavaNames} of the method are shared so that
 * nested lambdas never shadow a local.
 */
final class Scope {
    /** What a name is bound to. */
    sealed interface Binding permits Local, Macro, OpParam, RecursiveFunction {
    }

    /**
     * An operator parameter of a higher-order definition ({@code F(Op(_), x)}): a Java function
     * ({@code UnaryOperator<Value>}, {@code BinaryOperator<Value>}, or {@code Function<Value[], Value>}).
     */
    record OpParam(String java, int arity) implements Binding {
    }

    /** A Java expression (usually a local variable) holding the value. */
    record Local(String java) implements Binding {
    }

    /** A recursive function defined in a LET: a Java {@code UnaryOperator<Value>} applied lazily ({@link Recursion}). */
    record RecursiveFunction(String java, Expr.Binder definition) implements Binding {
    }

    /** An operator defined in a LET, expanded at each use in the scope it was defined in. */
    record Macro(List<String> params, Expr body, Scope scope) implements Binding {
    }

    final JavaNames names;
    private final Map<String, Binding> bindings;
    private final Map<String, String> next;
    /** In Init, unprimed variables are what is being assigned. */
    final boolean init;
    /** The Java expression of the current state. */
    final String state;

    private Scope(JavaNames names, Map<String, Binding> bindings, Map<String, String> next, boolean init,
                  String state) {
        this.names = names;
        this.bindings = bindings;
        this.next = next;
        this.init = init;
        this.state = state;
    }

    static Scope method(JavaNames names, String state, boolean init) {
        return new Scope(names, Map.of(), Map.of(), init, state);
    }

    Scope bind(String tla, Binding b) {
        Map<String, Binding> m = new HashMap<>(bindings);
        m.put(tla, b);
        return new Scope(names, m, next, init, state);
    }

    Scope local(String tla, String java) {
        return bind(tla, new Local(java));
    }

    Scope assign(String variable, String java) {
        Map<String, String> m = new HashMap<>(next);
        m.put(variable, java);
        return new Scope(names, bindings, m, init, state);
    }

    /** This scope with the primed variables assigned so far on the current path. */
    Scope withAssigned(Map<String, String> assigned) {
        return new Scope(names, bindings, Map.copyOf(assigned), init, state);
    }

    /** The same names and state, without bindings: the scope of a module-level definition body. */
    Scope moduleLevel() {
        return new Scope(names, Map.of(), next, init, state);
    }

    Binding lookup(String tla) {
        return bindings.get(tla);
    }

    /** The local holding {@code variable'}, or null while it is unassigned. */
    String assigned(String variable) {
        return next.get(variable);
    }

    Map<String, String> assignedAll() {
        return next;
    }
}
