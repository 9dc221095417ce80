package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.translator.analysis.Definition;
import dev.lockstep.translator.analysis.Exprs;
import dev.lockstep.translator.analysis.TlaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes {@code <T>Base}, the spec projected into Java: Init, the enabled-action enumeration (from
 * the {@link ActionSplitter}'s walk over Next), {@code step}, one guard, enabled test, successor
 * enumeration and effect per action, the spec's operators, and an abstract method for each part
 * that is not translated, with its stub for the user class.
 */
final class BaseEmitter {
    private final EmitContext cx;
    private final ActionSplitter.Split split;
    private final Holes holes;
    private final ExprCompiler ex;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<String> untranslated = new ArrayList<>();
    /** Whether a part is left to the user: the enabled method then skips the actions that reach one. */
    private boolean skipsUnimplemented;
    /** Actions (by logged name) whose whole effect is left to the user: a run refuses them once their stub throws. */
    private final Set<String> userEffects = new LinkedHashSet<>();
    /** Abstract methods of the base class, with a stub for the user class. */
    private final List<String> userStubs = new ArrayList<>();

    BaseEmitter(EmitContext cx, ActionSplitter.Split split) {
        this.cx = cx;
        this.split = split;
        this.holes = new Holes(cx.spec(), cx.naming());
        this.ex = new ExprCompiler(cx, holes);
    }

    /** The stubs of the abstract methods, for the user class. */
    List<String> userStubs() {
        return List.copyOf(userStubs);
    }

    /** What was not translated: definitions, actions and holes, by name. */
    List<String> untranslated() {
        return List.copyOf(untranslated);
    }

    /** The warnings about what was not translated. */
    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Writes the base class; then {@link #userStubs()} and the other results are known. */
    String emit() {
        // compiled in this order (the warnings and the parts left to the user come in it), written as the class reads
        Code init = new Code(1);
        initMethods(init);
        Code body = new Code(1);
        new EnvironmentEmitter(cx).takenMethod(body);
        for (ActionModel a : split.actions()) {
            actionMethods(a, body);
        }
        definitionMethods(body);
        Code step = new Code(1);
        stepMethod(step);
        // after the rest: a run skips the actions that reach a part left to the user
        skipsUnimplemented = !untranslated.isEmpty() || !holes.holes().isEmpty();
        String enabled = enabledMethod();
        holes.owner(null);
        Code c = new Code(0);
        c.raw(cx.generatedHeader());
        c.imports("dev.lockstep.runtime.choice.Choice", "dev.lockstep.runtime.machine.ActionCall",
                "dev.lockstep.runtime.machine.Changes", "dev.lockstep.runtime.machine.SpecMachine",
                "dev.lockstep.runtime.machine.Successors",
                "dev.lockstep.runtime.value.BoolValue", "dev.lockstep.runtime.value.Codec",
                "dev.lockstep.runtime.value.FunctionValue", "dev.lockstep.runtime.value.IntValue",
                "dev.lockstep.runtime.value.ModelValue", "dev.lockstep.runtime.value.SetValue",
                "dev.lockstep.runtime.value.Tla", "dev.lockstep.runtime.value.TlaBags",
                "dev.lockstep.runtime.value.TlaEvaluationException",
                "dev.lockstep.runtime.value.Value", "dev.lockstep.runtime.value.Values", "java.util.ArrayList",
                "java.util.LinkedHashSet", "java.util.List", "java.util.Map", "java.util.Objects", "java.util.Set",
                "java.util.function.BinaryOperator", "java.util.function.Function", "java.util.function.UnaryOperator");
        for (String v : cx.spec().variables()) {
            TlaType t = cx.types().get(v);
            if (!cx.javaTypes().isValue(t) && !t.scalar()) {
                c.line("import static " + cx.pkg() + "." + cx.stateType() + "." + cx.codecFields().get(v) + ";");
            }
        }
        c.blank();
        c.raw(JavaText.javadoc("", "The spec " + cx.spec().moduleName() + " projected into Java: one guard and one effect "
                + "per action,\nthe spec's operators, the initial states and the next-state relation. Extend it in "
                + cx.type() + "\nto implement what could not be translated (the abstract methods).", null));
        c.line("@SuppressWarnings({\"unused\", \"unchecked\"})");
        c.open("public abstract class " + cx.baseType() + " implements SpecMachine<" + cx.stateType() + "> {");
        c.line("/** The spec's module name. */");
        c.line("public static final String SPEC_NAME = " + JavaText.literal(cx.spec().moduleName()) + ";");
        c.line("/** SHA-256 of the spec this class was generated from (see {@code lockstep generate --check}). */");
        c.line("public static final String SPEC_SHA256 = " + JavaText.literal(cx.sha()) + ";");
        c.blank();
        c.line("/** The values of the spec's constants. */");
        c.line("protected final " + cx.constantsType() + " constants;");
        c.blank();
        if (cx.environment().isEmpty()) {
            c.open("protected " + cx.baseType() + "(" + cx.constantsType() + " constants) {");
            c.line("this.constants = Objects.requireNonNull(constants, \"constants\");");
            c.close("}");
        } else {
            c.line("/** The outside world: told what each step taken did to the variables that model it. */");
            c.line("protected final " + cx.environmentType() + " environment;");
            c.blank();
            c.line("/** With no environment: the spec's variables are the whole world (simulation, tests). */");
            c.open("protected " + cx.baseType() + "(" + cx.constantsType() + " constants) {");
            c.line("this(constants, " + cx.environmentType() + ".NONE);");
            c.close("}");
            c.blank();
            c.open("protected " + cx.baseType() + "(" + cx.constantsType() + " constants, " + cx.environmentType() + " environment) {");
            c.line("this.constants = Objects.requireNonNull(constants, \"constants\");");
            c.line("this.environment = Objects.requireNonNull(environment, \"environment\");");
            c.close("}");
        }
        c.blank();
        if (readsLevel()) {
            c.line("/** The level of the state asked about: TLC's {@code TLCGet(\"level\")}, told by the step runner. */");
            c.line("private int level;");
            c.blank();
            c.line("@Override");
            c.open("public void atLevel(int level) {");
            c.line("this.level = level;");
            c.close("}");
            c.blank();
        }
        c.line("@Override");
        c.open("public String specName() {");
        c.line("return SPEC_NAME;");
        c.close("}");
        c.blank();
        c.line("@Override");
        c.open("public Map<String, Value> variables(" + cx.stateType() + " s) {");
        c.line("return s.variables();");
        c.close("}");
        c.blank();
        c.raw(init.toString());
        if (enabled != null) {
            c.raw(enabled);
        } else {
            abstractMethod(c, "enabled", "public List<ActionCall> enabled(" + cx.stateType() + " s)",
                    "The action instances enabled in s. Not translated: the next-state relation could not be split.",
                    cx.spec().definition(cx.nextName()).range(), "return List.of();");
        }
        c.blank();
        c.raw(step.toString());
        c.raw(body.toString());
        c.raw(ex.enabledTests().methods());
        if (skipsUnimplemented && enabled != null) {
            skipMethod(c);
        }
        holeMethods(c);
        c.close("}");
        return c.toString();
    }

    /** Whether a definition of the spec reads TLC's {@code TLCGet("level")}. */
    private boolean readsLevel() {
        return cx.spec().definition("TLCGet") == null && cx.spec().definitions().values().stream()
                .anyMatch(d -> Exprs.any(d.body(), StandardOperators::readsLevel));
    }

    private void initMethods(Code c) {
        Definition init = cx.spec().definition(cx.initName());
        String doc = "An initial state, chosen among those of " + cx.initName() + " with {@code choice}.";
        if (init != null) {
            JavaNames names = EmitContext.methodNames();
            Code body = new Code(2);
            try {
                new ActionCompiler(cx.spec(), ex, cx::newState, List.of()).successors(init.body(), Scope.method(names, "null", true),
                        body, cx.initName());
                c.raw(JavaText.javadoc("    ", "Every initial state, each with the choices that lead to it.",
                        cx.tla(init.range())));
                c.open("protected void initSuccessors(Successors<" + cx.stateType() + "> out) {");
                c.raw(body.toString());
                c.close("}");
                c.blank();
                c.line("/** Every initial state of the spec. */");
                c.open("public List<" + cx.stateType() + "> initialStates() {");
                c.line("Successors<" + cx.stateType() + "> out = new Successors<>();");
                c.line("initSuccessors(out);");
                c.line("List<" + cx.stateType() + "> states = new ArrayList<>();");
                c.line("out.found().forEach(f -> states.add(f.state()));");
                c.line("return states;");
                c.close("}");
                c.blank();
                c.line("/** " + doc + " */");
                c.line("@Override");
                c.open("public " + cx.stateType() + " init(Choice choice) {");
                c.line("Successors<" + cx.stateType() + "> out = new Successors<>();");
                c.line("initSuccessors(out);");
                c.line(cx.stateType() + " state = out.pick(choice);");
                c.open("if (state == null) {");
                c.line("throw new TlaEvaluationException(\"the spec has no initial state\");");
                c.close("}");
                c.line("return state;");
                c.close("}");
                c.blank();
                return;
            } catch (Untranslatable u) {
                notTranslated(cx.initName(), u, init.range());
            }
        }
        abstractMethod(c, "init", "public " + cx.stateType() + " init(Choice choice)", doc + " Not translated.",
                init == null ? null : init.range(), null);
    }

    private void stepMethod(Code c) {
        c.line("/** The state after {@code call} in {@code s}, or null when the call is not enabled. */");
        c.line("@Override");
        c.open("public " + cx.stateType() + " step(" + cx.stateType() + " s, ActionCall call, Choice choice) {");
        c.line("Map<String, Value> p = call.params();");
        Map<String, List<ActionModel>> byName = new LinkedHashMap<>();
        split.actions().forEach(a -> byName.computeIfAbsent(a.logName(), k -> new ArrayList<>()).add(a));
        c.open("switch (call.action()) {");
        for (Map.Entry<String, List<ActionModel>> e : byName.entrySet()) {
            c.open("case " + JavaText.literal(e.getKey()) + ": {");
            boolean yours = userEffects.contains(e.getKey());
            if (yours) {
                c.open("try {");
            }
            List<ActionModel> as = e.getValue();
            if (as.size() == 1) {
                ActionModel a = as.get(0);
                c.line("return " + cx.naming().action(a) + "(s" + paramArgs(a) + ", choice);");
            } else {
                c.line("// several parts of the next-state relation carry this name: take any enabled one");
                c.line("Successors<" + cx.stateType() + "> out = new Successors<>();");
                int k = 1;
                for (ActionModel a : as) {
                    String keys = a.params().stream().map(JavaText::literal).reduce((x, y) -> x + ", " + y).orElse("");
                    c.open("if (p.keySet().equals(Set.of(" + keys + ")) && "
                            + cx.naming().derived(a, MethodKey.Role.ENABLED) + "(s" + paramArgs(a) + ")) {");
                    c.line("out.push(" + JavaText.literal(e.getKey() + ":part") + ", Tla.integer(" + k++ + "));");
                    c.line("out.emit(" + cx.naming().action(a) + "(s" + paramArgs(a) + ", choice));");
                    c.line("out.pop();");
                    c.close("}");
                }
                c.line("return out.pick(choice);");
            }
            if (yours) {
                // the effect is the user's: while its stub throws, the run refuses the action (allows)
                c.reopen("} catch (UnsupportedOperationException e) {");
                c.line("skip(" + JavaText.literal(e.getKey()) + ", e);");
                c.line("return null;");
                c.close("}");
            }
            c.close("}");
        }
        c.line("default:");
        c.line("    throw new IllegalArgumentException(\"" + cx.spec().moduleName().replaceAll("[^A-Za-z0-9_]", "_")
                + " has no action \" + call.action());");
        c.close("}");
        c.close("}");
        c.blank();
    }

    private String paramArgs(ActionModel a) {
        StringBuilder sb = new StringBuilder();
        List<TlaType> ts = a.paramTypes();
        for (int i = 0; i < a.params().size(); i++) {
            sb.append(", ").append(cx.javaTypes().decode(ts.get(i), "p.get(" + JavaText.literal(a.params().get(i)) + ")"));
        }
        return sb.toString();
    }

    private void actionMethods(ActionModel a, Code c) {
        JavaNames names = EmitContext.methodNames();
        Scope sc = Scope.method(names, "s", false);
        StringJoiner sig = new StringJoiner(", ");
        StringJoiner args = new StringJoiner(", ");
        sig.add(cx.stateType() + " s");
        args.add("s");
        List<TlaType> ptypes = a.paramTypes();
        for (int i = 0; i < a.params().size(); i++) {
            String p = a.params().get(i);
            String x = names.fresh(p);
            sig.add(cx.javaTypes().type(ptypes.get(i)) + " " + x);
            args.add(x);
            sc = sc.local(p, cx.javaTypes().encode(ptypes.get(i), x));
        }
        String guardName = cx.naming().derived(a, MethodKey.Role.GUARD);
        String enabledName = cx.naming().derived(a, MethodKey.Role.ENABLED);
        String succName = cx.naming().derived(a, MethodKey.Role.SUCCESSORS);
        String text = cx.tla(a.range());
        String label = a.logName() + (a.params().isEmpty() ? "" : "(" + String.join(", ", a.params()) + ")");
        // guard: the conjuncts that mention no primed variable
        String guard = null;
        List<Expr> guardConjuncts = new ArrayList<>();
        holes.owner(a.logName());
        Mark mark = mark();
        try {
            StringJoiner g = new StringJoiner("\n                && ");
            for (Expr conj : Exprs.conjuncts(a.body())) {
                if (!cx.spec().isAction(conj)) {
                    g.add(ex.bool(conj, sc));
                    guardConjuncts.add(conj);
                }
            }
            guard = g.length() == 0 ? "true" : g.toString();
        } catch (Untranslatable u) {
            guardConjuncts.clear();
            rollback(mark);
            notTranslated(a.logName() + " (guard)", u, a.range());
        }
        String succ = null;
        mark = mark();
        try {
            Code body = new Code(2);
            // the callers check the guard first: its conjuncts are not tested again
            new ActionCompiler(cx.spec(), ex, cx::newState, guardConjuncts).successors(a.body(), sc, body,
                    a.logName());
            succ = body.toString();
        } catch (Untranslatable u) {
            rollback(mark);
            notTranslated(a.logName(), u, a.range());
        }
        String guardDoc = "The guard of " + label + ": the conjuncts that mention no primed variable.";
        if (guard != null) {
            c.raw(JavaText.javadoc("    ", guardDoc, null));
            c.open("public boolean " + guardName + "(" + sig + ") {");
            c.line("return " + guard + ";");
            c.close("}");
            c.blank();
        } else {
            abstractMethod(c, guardName, "public boolean " + guardName + "(" + sig + ")", guardDoc + " Not translated.",
                    null, null);
        }
        if (succ != null) {
            c.raw(JavaText.javadoc("    ", "Every successor of s by " + label + ", with the choices that lead to it; the guard holds.",
                    null));
            c.open("protected void " + succName + "(" + sig + ", Successors<" + cx.stateType() + "> out) {");
            c.raw(succ);
            c.close("}");
            c.blank();
            c.line("/** Whether " + JavaText.commentSafe(label) + " is enabled in s: its guard holds and it has a successor. */");
            c.open("public boolean " + enabledName + "(" + sig + ") {");
            c.open("if (!" + guardName + "(" + args + ")) {");
            c.line("return false;");
            c.close("}");
            c.line("Successors<" + cx.stateType() + "> out = new Successors<>();");
            c.line(succName + "(" + args + ", out);");
            c.line("return !out.isEmpty();");
            c.close("}");
            c.blank();
            c.raw(JavaText.javadoc("    ", "The effect of " + label + ": the state after the step, or null when it "
                    + "is not enabled.\nNondeterminism inside the action is resolved by choice.", text));
            c.open("public " + cx.stateType() + " " + cx.naming().action(a) + "(" + sig + ", Choice choice) {");
            c.open("if (!" + guardName + "(" + args + ")) {");
            c.line("return null;");
            c.close("}");
            c.line("Successors<" + cx.stateType() + "> out = new Successors<>();");
            c.line(succName + "(" + args + ", out);");
            c.line("return out.pick(choice);");
            c.close("}");
            c.blank();
        } else {
            userEffects.add(a.logName());
            c.line("/** Whether " + JavaText.commentSafe(label) + " is enabled in s (its guard; the effect is yours). */");
            c.open("public boolean " + enabledName + "(" + sig + ") {");
            c.line("return " + guardName + "(" + args + ");");
            c.close("}");
            c.blank();
            abstractMethod(c, cx.naming().action(a), "public " + cx.stateType() + " " + cx.naming().action(a) + "(" + sig + ", Choice choice)",
                    "The effect of " + label + ": the state after the step, or null when it is not enabled. "
                            + "Not translated: implement it, resolving nondeterminism with choice.", a.range(), null);
        }
    }

    /** Whether a definition other than a temporal formula mentions {@code name} (an invariant using Init). */
    private boolean usedAsPredicate(String name) {
        return cx.spec().definitions().values().stream().anyMatch(d -> !cx.spec().isTemporalDef(d.name()) && !d.name().equals(name)
                && Exprs.any(d.body(), e -> e instanceof Expr.NameExpr n && n.name().text().equals(name)));
    }

    private void definitionMethods(Code c) {
        for (Definition d : cx.spec().definitions().values()) {
            if (cx.spec().isActionDef(d.name()) || cx.spec().isTemporalDef(d.name())
                    || d.name().equals(cx.initName()) && !usedAsPredicate(cx.initName()) || d.name().equals(cx.nextName())) {
                continue;
            }
            JavaNames names = EmitContext.methodNames();
            Scope sc = Scope.method(names, "s", false);
            StringJoiner sig = new StringJoiner(", ");
            sig.add(cx.stateType() + " s");
            List<String> javaParams = new ArrayList<>();
            for (int i = 0; i < d.params().size(); i++) {
                String p = d.params().get(i);
                String x = names.fresh(p);
                javaParams.add(x);
                int arity = d.arities().get(i);
                sig.add((arity > 0 ? StandardOperators.operatorType(arity) : "Value") + " " + x);
                sc = arity > 0 ? sc.bind(p, new Scope.OpParam(x, arity)) : sc.local(p, x);
            }
            Expr body = d.body();
            if (Recursion.lazy(d)) { // f[x \in S] == ... f[y] ...: the method applies f to x (TLC evaluates it lazily)
                Expr.Binder fn = (Expr.Binder) body;
                String x = names.fresh(Recursion.argumentName(fn));
                sig.add("Value " + x);
                sc = Recursion.bindArgument(fn, x, sc);
                body = fn.body();
            }
            String m = cx.naming().definition(d.name());
            String signature = "public Value " + m + "(" + sig + ")";
            String doc = Recursion.lazy(d) ? "The spec's recursive function " + d.name() + " applied to an argument, in state s."
                    : "The spec's operator " + d.name() + (d.params().isEmpty() ? "" : "(" + String.join(", ", d.params()) + ")")
                    + ", evaluated in state s.";
            holes.owner(d.name());
            Mark mark = mark();
            try {
                String java = LibraryCalls.libraryCall(cx.spec().libraryDefinition(d.name()), javaParams);
                java = java != null ? java : ex.valueWithoutHole(body, sc);
                c.raw(JavaText.javadoc("    ", doc, cx.tla(d.range())));
                c.open(signature + " {");
                c.line("return " + java + ";");
                c.close("}");
                c.blank();
            } catch (Untranslatable u) {
                rollback(mark);
                notTranslated(d.name(), u, d.range());
                abstractMethod(c, m, signature, doc + " Not translated: " + u.getMessage() + ".", d.range(), null);
            }
        }
    }

    /** The parts of expressions that are not translated: methods the user implements. */
    private void holeMethods(Code c) {
        for (Holes.Hole h : holes.holes()) {
            StringJoiner sig = new StringJoiner(", ", (h.bool() ? "protected boolean " : "protected Value ") + h.method()
                    + "(", ")");
            sig.add(cx.stateType() + " s");
            for (int i = 0; i < h.params().size(); i++) {
                sig.add(h.paramTypes().get(i) + " " + h.params().get(i));
            }
            String doc = h.operator() != null
                    ? "The operator " + h.operator() + " applied to its arguments, in state s. Not translated ("
                    + h.reason() + "): implement it. The TLA+ text is its first use."
                    : "A part of the spec that is not translated (" + h.reason() + "): implement it with the same "
                    + "meaning.\ns is the state before the step; the other parameters are the values of the names bound "
                    + "where it is written\n(xNext is the value of x' so far, at is @).";
            abstractMethod(c, h.method(), sig.toString(), doc, h.expr().range(), null);
            untranslated.add(h.method());
            diagnostics.add(Diagnostic.warning(DiagnosticCode.LS702_NOT_TRANSLATED, h.expr().range(),
                    (h.operator() != null ? h.operator() : "this expression") + " is not translated (" + h.reason()
                            + "); it becomes the method " + h.method() + " for you to implement in " + cx.type()));
        }
    }

    /** How many holes and ENABLED tests were found: {@link #rollback} forgets those found after. */
    private record Mark(int holes, int enabledTests) {
    }

    private Mark mark() {
        return new Mark(holes.mark(), ex.enabledTests().mark());
    }

    /** Forgets the holes and ENABLED tests found since {@code mark} (the code that calls them was thrown away). */
    private void rollback(Mark mark) {
        holes.rollback(mark.holes());
        ex.enabledTests().rollback(mark.enabledTests());
    }

    private void notTranslated(String what, Untranslatable u, SourceRange fallback) {
        untranslated.add(what);
        diagnostics.add(Diagnostic.warning(DiagnosticCode.LS702_NOT_TRANSLATED, range(u, fallback),
                what + " is not translated (" + u.getMessage() + "); it becomes a method for you to implement in " + cx.type()));
    }

    private static SourceRange range(Untranslatable u, SourceRange fallback) {
        return u.where != null && u.where.range() != null ? u.where.range() : fallback;
    }

    /**
     * An abstract method in the base class and its stub in the user class. {@code defaultBody}
     * (may be null) is only used for the stub when given.
     */
    private void abstractMethod(Code c, String name, String signature, String doc, SourceRange range, String defaultBody) {
        String text = range == null ? null : cx.tla(range);
        c.raw(JavaText.javadoc("    ", doc, text));
        c.line(signature.replaceFirst("^(public|protected) ", "$1 abstract ") + ";");
        c.blank();
        Code stub = new Code(1);
        stub.raw(JavaText.javadoc("    ", doc, text));
        stub.line("@Override");
        stub.open(signature + " {");
        stub.line("throw new UnsupportedOperationException(\"TODO: implement " + name + "\");");
        stub.close("}");
        userStubs.add(stub.toString());
    }

    // ---------------------------------------------------------------- the enabled-action enumeration

    /** The enabled method, or null when Next cannot be split into actions (a warning says why). */
    private String enabledMethod() {
        Definition next = cx.spec().definition(cx.nextName());
        Code c = new Code(1);
        c.line("/** The action instances enabled in {@code s}, in the order of the next-state relation. */");
        c.line("@Override");
        c.open("public List<ActionCall> enabled(" + cx.stateType() + " s) {");
        c.line("Set<ActionCall> result = new LinkedHashSet<>();");
        holes.owner(cx.nextName());
        Mark mark = mark();
        try {
            Code body = new Code(2);
            enumerate(split.steps(), Scope.method(EmitContext.methodNames(), "s", false), body);
            if (split.failure() != null) {
                throw split.failure();
            }
            c.raw(body.toString());
        } catch (Untranslatable u) {
            rollback(mark);
            diagnostics.add(Diagnostic.warning(DiagnosticCode.LS702_NOT_TRANSLATED, range(u, next.range()),
                    "the next-state relation " + cx.nextName() + " cannot be split into actions: " + u.getMessage()));
            return null;
        }
        c.line("return new ArrayList<>(result);");
        c.close("}");
        return c.toString();
    }

    /** Writes the splitter's steps: a loop per bound name, a block per expanded operator, a test per action. */
    private void enumerate(List<ActionSplitter.Step> steps, Scope sc, Code c) throws Untranslatable {
        for (ActionSplitter.Step step : steps) {
            if (step instanceof ActionSplitter.Exists x) {
                exists(x, sc, c);
            } else if (step instanceof ActionSplitter.Expand x) {
                // the locals first: a lambda in an argument must not take a local's name
                List<String> locals = new ArrayList<>();
                x.params().forEach(p -> locals.add(sc.names.fresh(p)));
                List<String> args = new ArrayList<>();
                for (Expr a : x.args()) {
                    args.add(ex.value(a, sc));
                }
                c.open("{");
                Scope inner = Scope.method(sc.names, "s", false);
                for (int i = 0; i < x.params().size(); i++) {
                    c.line("Value " + locals.get(i) + " = " + args.get(i) + ";");
                    inner = inner.local(x.params().get(i), locals.get(i));
                }
                enumerate(x.body(), inner, c);
                c.close("}");
            } else if (step instanceof ActionSplitter.CallDefined x) {
                List<String> args = new ArrayList<>();
                for (Expr a : x.args()) {
                    args.add(ex.value(a, sc));
                }
                callSite(split.action(x.action()), args, c);
            } else if (step instanceof ActionSplitter.CallUnnamed x) {
                ActionModel a = split.action(x.action());
                List<String> args = new ArrayList<>();
                for (String p : a.params()) {
                    args.add(((Scope.Local) sc.lookup(p)).java());
                }
                callSite(a, args, c);
            }
        }
    }

    private void exists(ActionSplitter.Exists x, Scope sc, Code c) throws Untranslatable {
        Scope inner = sc;
        int loops = 0;
        for (Bound bd : x.bounds()) {
            String set = ex.value(bd.set(), inner.withAssigned(Map.of()));
            if (bd.tuple()) {
                String t = sc.names.fresh("t");
                c.open("for (Value " + t + " : Tla.each(" + set + ")) {");
                loops++;
                for (int i = 0; i < bd.names().size(); i++) {
                    String local = sc.names.fresh(bd.names().get(i).text());
                    c.line("Value " + local + " = Tla.component(" + t + ", " + (i + 1) + ");");
                    inner = inner.local(bd.names().get(i).text(), local);
                }
            } else {
                for (var n : bd.names()) {
                    String local = sc.names.fresh(n.text());
                    c.open("for (Value " + local + " : Tla.each(" + set + ")) {");
                    loops++;
                    inner = inner.local(n.text(), local);
                }
            }
        }
        enumerate(x.body(), inner, c);
        for (int i = 0; i < loops; i++) {
            c.close("}");
        }
    }

    /** Adds {@code a} with {@code args} (Java {@code Value} expressions) to the result when it is enabled. */
    private void callSite(ActionModel a, List<String> args, Code c) {
        StringBuilder call = new StringBuilder(cx.naming().derived(a, MethodKey.Role.ENABLED)).append("(s");
        for (int i = 0; i < args.size(); i++) {
            call.append(", ").append(cx.javaTypes().decode(a.paramTypes().get(i), args.get(i)));
        }
        call.append(')');
        StringBuilder ac = new StringBuilder("ActionCall.of(").append(JavaText.literal(a.logName()));
        for (int i = 0; i < a.params().size(); i++) {
            ac.append(", ").append(JavaText.literal(a.params().get(i))).append(", ").append(args.get(i));
        }
        ac.append(')');
        if (skipsUnimplemented) {
            c.open("try {");
        }
        c.open("if (" + call + ") {");
        c.line("result.add(" + ac + ");");
        c.close("}");
        if (skipsUnimplemented) {
            c.reopen("} catch (UnsupportedOperationException e) {");
            c.line("skip(" + JavaText.literal(a.logName()) + ", e);");
            c.close("}");
        }
    }

    /**
     * The method {@code skip} of a spec with parts left to the user: the random run takes the
     * other actions while an action reaches a method not implemented yet, and says so once.
     */
    private void skipMethod(Code c) {
        c.line("/** The actions skipped so far because they reach a method not implemented yet. */");
        c.line("private final Set<String> skipped = new LinkedHashSet<>();");
        c.blank();
        c.raw(JavaText.javadoc("    ", "Leaves out action, which reaches a method not implemented yet (its stub throws "
                + "UnsupportedOperationException):\nthe run goes on with the other actions. Says so once per action, "
                + "on standard error.", null));
        c.open("protected void skip(String action, UnsupportedOperationException e) {");
        c.open("if (skipped.add(action)) {");
        c.line("System.err.println(SPEC_NAME + \": \" + action + \" is left out of the run: \" + e.getMessage());");
        c.close("}");
        c.close("}");
        c.blank();
        if (!userEffects.isEmpty()) {
            c.raw(JavaText.javadoc("    ", "Refuses the actions whose effect (yours) threw UnsupportedOperationException: "
                    + "the run goes on with the\nother actions, and the log says the implementation refused them "
                    + "where the spec enables them. An\noverride calls super.allows.", null));
            c.line("@Override");
            c.open("public boolean allows(" + cx.stateType() + " s, ActionCall call) {");
            c.line("return !skipped.contains(call.action());");
            c.close("}");
            c.blank();
        }
    }
}
