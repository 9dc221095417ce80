package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.translator.analysis.Exprs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code ENABLED A} for an action expression A (a named action, one with arguments, a disjunction,
 * {@code \E} over actions): true in state s when some step from s is an A step, as TLC evaluates it
 * (by looking for a successor). Each such test becomes a method of the base
 * class that enumerates A's successors with the same {@link ActionCompiler} the actions' own
 * successor methods come from, taking the state and the bound names A mentions; found once per
 * generation, in order, and forgotten again when the code that calls them is thrown away.
 */
final class EnabledTests {
    /** A generated test: its method's source, and the TLA+ text it tests. */
    private record Test(String method, String source) {
    }

    private final EmitContext cx;
    private final ExprCompiler ex;
    private final Map<MethodKey, Test> tests = new LinkedHashMap<>();

    EnabledTests(EmitContext cx, ExprCompiler ex) {
        this.cx = cx;
        this.ex = ex;
    }

    /** A mark to {@link #rollback} to. */
    int mark() {
        return tests.size();
    }

    /** Forgets the tests found since {@code mark} (their callers were thrown away). */
    void rollback(int mark) {
        List<MethodKey> keys = new ArrayList<>(tests.keySet());
        for (int i = mark; i < keys.size(); i++) {
            tests.remove(keys.get(i));
        }
    }

    /** The methods of the tests found so far, in order. */
    String methods() {
        StringBuilder sb = new StringBuilder();
        tests.values().forEach(t -> sb.append(t.source()));
        return sb.toString();
    }

    /** {@code ENABLED action} in scope {@code sc}, as a Java boolean: a call of its test method. */
    String test(Expr enabled, Expr action, Scope sc) throws Untranslatable {
        if (sc.init) {
            throw new Untranslatable(enabled, "ENABLED in the initial-state predicate");
        }
        // the bound names A mentions are passed on; A's own primes are its own step's, so the
        // primed variables of the surrounding action are not
        Map<String, String> free = new LinkedHashMap<>();
        List<Untranslatable> refused = new ArrayList<>();
        Exprs.any(action, x -> {
            if (x instanceof Expr.NameExpr n && !free.containsKey(n.name().text())) {
                Scope.Binding b = sc.lookup(n.name().text());
                if (b instanceof Scope.Local l) {
                    free.put(n.name().text(), l.java());
                } else if (b != null) {
                    refused.add(new Untranslatable(n, "ENABLED of an action that uses the LET or operator parameter "
                            + n.name().text()));
                }
            }
            return false;
        });
        if (!refused.isEmpty()) {
            throw refused.get(0);
        }
        if (action.range() == null) {
            throw new Untranslatable(enabled, "ENABLED of an action without source text");
        }
        MethodKey key = new MethodKey.EnabledTest(cx.tla(action.range()).replaceAll("\\s+", " "),
                new ArrayList<>(free.keySet()));
        Test t = tests.get(key);
        if (t == null) {
            t = compile(key, enabled, action, free);
            tests.put(key, t);
        }
        StringJoiner call = new StringJoiner(", ", t.method() + "(", ")");
        call.add(sc.state);
        free.values().forEach(call::add);
        return call.toString();
    }

    private Test compile(MethodKey key, Expr enabled, Expr action, Map<String, String> free) throws Untranslatable {
        String what = action instanceof Expr.NameExpr n ? n.name().text()
                : "L" + (enabled.range().start().line() + 1) + "C" + (enabled.range().start().column() + 1);
        JavaNames names = EmitContext.methodNames();
        Scope sc = Scope.method(names, "s", false);
        StringJoiner sig = new StringJoiner(", ");
        sig.add(cx.stateType() + " s");
        for (String tla : free.keySet()) {
            String x = names.fresh(tla);
            sig.add("Value " + x);
            sc = sc.local(tla, x);
        }
        Code body = new Code(2);
        new ActionCompiler(cx.spec(), ex, cx::newState, List.of()).successors(action, sc, body, "ENABLED " + what);
        String method = cx.naming().method(key, "enabled" + JavaNames.typeName(what));
        Code c = new Code(1);
        c.raw(JavaText.javadoc("    ", "Whether some step from s is a step of the action (ENABLED: it has a successor)."
                + (free.isEmpty() ? "" : "\nThe other parameters are the values of the names bound where it is written."),
                cx.tla(enabled.range())));
        c.open("protected boolean " + method + "(" + sig + ") {");
        c.line("Successors<" + cx.stateType() + "> out = new Successors<>();");
        c.raw(body.toString());
        c.line("return !out.isEmpty();");
        c.close("}");
        c.blank();
        return new Test(method, c.toString());
    }
}
