package dev.lockstep.bridge.config;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.speclang.resolve.StandardModules;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A check beyond TLC's: a configuration entry that names nothing the spec declares. TLC silently
 * ignores {@code CONSTANT Nodes = {n1, n2}} when the spec says {@code Node}, which hides typos; Lockstep
 * warns ({@code LS503}) and TLC's verdict stands. Not reported, because real models rely on them:
 * <ul>
 *   <li>names the config also uses as model values ({@code v1 = v1}; {@code s1 = 1} next to
 *       {@code Server = {s1, s2}}): the Toolbox writes these for model-value sets;</li>
 *   <li>entries scoped to a module ({@code NoHash = [Nano] NoHashVal}, {@code X <- [Mod] Op}) and
 *       paths through instances ({@code Inst!N}), which name constants of other modules;</li>
 *   <li>names the spec or a module it loads defines, the standard modules included (a config may
 *       override a definition: {@code Nat <- SmallNat}).</li>
 * </ul>
 * The spec is read with spec-lang, following EXTENDS and INSTANCE to every module TLC loads, found
 * where TLC finds them ({@link ModuleLoader#searchPath}: beside the spec, the library folders,
 * Lockstep's library); when a module does not parse, nothing is reported (the parse error is what
 * matters).
 */
public final class UndeclaredNames {

    private UndeclaredNames() {
    }

    /**
     * Warnings for the entries of {@code config} that name nothing {@code spec} or a module it loads
     * declares; {@code libraryDirs} are the user's library folders ({@code --library}), in order.
     */
    public static List<Diagnostic> check(TlcConfig config, Path spec, List<Path> libraryDirs) {
        return check(config, spec, SpecParser.parse(spec), libraryDirs);
    }

    /**
     * As {@link #check(TlcConfig, Path, List)}, with the root module already read ({@code root}: the
     * editor's unsaved text of {@code spec}, say); the modules it loads are read from their files.
     */
    public static List<Diagnostic> check(TlcConfig config, Path spec, ParseResult root, List<Path> libraryDirs) {
        Optional<Set<String>> known = declaredNames(spec, root, libraryDirs);
        if (known.isEmpty()) {
            return List.of();
        }
        Set<String> modelValues = config.modelValues();
        List<Diagnostic> out = new ArrayList<>();
        for (ConstantEntry e : config.constants()) {
            String name = e.name();
            if (e.module().isPresent() || name.contains("!") || known.get().contains(name) || modelValues.contains(name)) {
                continue;
            }
            out.add(Diagnostic.warning(DiagnosticCode.LS503_CONSTANT_UNDECLARED, e.range(),
                    "the configuration " + (e instanceof ConstantEntry.Substitution ? "substitutes " : "assigns ") + name
                            + ", which " + spec.getFileName() + " does not declare; TLC ignores it"));
        }
        return out;
    }

    /** Constants, variables and definitions of the root module and of the modules it extends or instantiates. */
    static Optional<Set<String>> declaredNames(Path spec, ParseResult root, List<Path> libraryDirs) {
        ModuleLoader loader = ModuleLoader.searchPath(spec.toAbsolutePath().getParent(), libraryDirs);
        Set<String> names = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<ParseResult> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            ParseResult r = todo.pop();
            if (r.hasErrors() || r.module().isEmpty()) {
                return Optional.empty();
            }
            Module m = r.module().get();
            List<String> imported = new ArrayList<>();
            collect(m, names, imported);
            m.extendsList().forEach(ext -> imported.add(ext.text()));
            for (String module : imported) {
                if (seen.add(module) && !module.equals(m.name().text())) {
                    Optional<ParseResult> found = loader.load(module);
                    found.ifPresent(todo::push);
                    if (found.isEmpty()) {
                        names.addAll(StandardModules.exportedNames(module));
                    }
                }
            }
        }
        return Optional.of(names);
    }

    /** Names {@code m} declares into {@code names}; modules it INSTANCEs into {@code imported}. */
    private static void collect(Module m, Set<String> names, List<String> imported) {
        for (Unit u : m.units()) {
            if (u instanceof Unit.Constants c) {
                for (OpDecl d : c.decls()) {
                    names.add(d.name().text());
                }
            } else if (u instanceof Unit.OperatorDef d) {
                names.add(d.name().text());
            } else if (u instanceof Unit.FunctionDef f) {
                names.add(f.name().text());
            } else if (u instanceof Unit.Variables v) {
                v.names().forEach(n -> names.add(n.text()));
            } else if (u instanceof Unit.ModuleDef d) {
                names.add(d.name().text());
                imported.add(d.instance().module().text());
            } else if (u instanceof Unit.Instance i) {
                imported.add(i.module().text());
            } else if (u instanceof Module nested) {
                collect(nested, names, imported);
            }
        }
    }
}
