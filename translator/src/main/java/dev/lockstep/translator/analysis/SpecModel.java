package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.resolve.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the translator reads from a parsed module: variables, constants and definitions in
 * declaration order, and each definition's level as spec-lang's level checker found it (style rule
 * 11: consumed, not derived again): actions, temporal formulas (which have no Java counterpart),
 * state predicates and constants.
 */
public final class SpecModel {
    private final String moduleName;
    private final List<String> variables = new ArrayList<>();
    private final List<String> constants = new ArrayList<>();
    private final Set<String> operatorConstants = new HashSet<>();
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Level> levels;
    private final List<String> extendsList = new ArrayList<>();
    private final SourceText source;
    private final Map<String, String> libraryDefinitions;

    /**
     * @param module the whole spec, flattened ({@link SpecFlattener}, {@link ConfigOverrides})
     * @param levels the level of each definition by its name in {@code module}, from spec-lang's
     *               checked phase ({@link dev.lockstep.speclang.resolve.CheckedSpec#definitionLevels},
     *               with {@link ConfigOverrides#levels} applied)
     */
    public SpecModel(Module module, SourceText source, Map<String, Level> levels) {
        this(module, source, levels, Map.of());
    }

    /**
     * @param libraryDefinitions the definitions that come from Lockstep's library, as {@code Module.Name}
     *                           by flattened name ({@link SpecFlattener#libraryDefinitions})
     */
    public SpecModel(Module module, SourceText source, Map<String, Level> levels, Map<String, String> libraryDefinitions) {
        this.libraryDefinitions = Map.copyOf(libraryDefinitions);
        this.moduleName = module.name().text();
        this.source = source;
        this.levels = Map.copyOf(levels);
        module.extendsList().forEach(n -> extendsList.add(n.text()));
        for (Unit u : module.units()) {
            if (u instanceof Unit.Variables v) {
                v.names().forEach(n -> variables.add(n.text()));
            } else if (u instanceof Unit.Constants c) {
                for (OpDecl d : c.decls()) {
                    if (d.arity() == 0 && d.fixity() == OpDecl.Fixity.PLAIN) {
                        constants.add(d.name().text());
                    } else {
                        operatorConstants.add(d.name().text());
                    }
                }
            } else if (u instanceof Unit.OperatorDef d) {
                List<String> params = new ArrayList<>();
                List<Integer> arities = new ArrayList<>();
                boolean higher = false;
                for (OpDecl p : d.params()) {
                    params.add(p.name().text());
                    arities.add(Math.max(0, p.arity()));
                    higher |= p.arity() > 0;
                }
                definitions.put(d.name().text(), new Definition(d.name().text(), params, d.body(), d.range(),
                        higher, false, arities));
            } else if (u instanceof Unit.FunctionDef f) {
                Expr fn = new Expr.Binder(Expr.BinderKind.FUNCTION, f.bounds(), f.body(), f.range());
                String name = f.name().text();
                boolean recursive = Exprs.any(f.body(), e -> e instanceof Expr.NameExpr n && n.name().text().equals(name));
                definitions.put(name, new Definition(name, List.of(), fn, f.range(), false, recursive, List.of()));
            }
        }
    }

    /** {@code Module.Name} when definition {@code name} comes from a module of Lockstep's library, else null. */
    public String libraryDefinition(String name) {
        return libraryDefinitions.get(name);
    }

    /** The level the checked phase found for definition {@code name}; constant for a name it does not define. */
    public Level level(String name) {
        return levels.getOrDefault(name, Level.CONSTANT);
    }

    private boolean isPrimeOrActionRef(Expr e) {
        if (e instanceof Expr.OpApp o) {
            return o.op() == Operator.PRIME || o.op() == Operator.UNCHANGED;
        }
        return e instanceof Expr.NameExpr n && isActionDef(n.name().text());
    }

    private boolean isVariableOrStateRef(Expr e) {
        return e instanceof Expr.NameExpr n && (variables.contains(n.name().text())
                || definitions.containsKey(n.name().text()) && level(n.name().text()).isAbove(Level.CONSTANT));
    }

    /**
     * Whether {@code e} is constant-level: it mentions no variable, directly or through a
     * definition. TLC splits the next-state relation only at {@code \E} over constant-level sets.
     */
    public boolean isConstantLevel(Expr e) {
        return !Exprs.any(e, this::isVariableOrStateRef);
    }

    /**
     * Whether {@code e} mentions a primed variable, UNCHANGED or an action definition, other than
     * inside {@code ENABLED} (a state predicate).
     */
    public boolean isAction(Expr e) {
        return Exprs.anyOutsideEnabled(e, this::isPrimeOrActionRef);
    }

    public String moduleName() {
        return moduleName;
    }

    public List<String> variables() {
        return List.copyOf(variables);
    }

    public List<String> constants() {
        return List.copyOf(constants);
    }

    public boolean isOperatorConstant(String name) {
        return operatorConstants.contains(name);
    }

    public Map<String, Definition> definitions() {
        return definitions;
    }

    public Definition definition(String name) {
        return definitions.get(name);
    }

    /** Whether definition {@code name} is an action: its level is action (Specifying Systems, section 17.2). */
    public boolean isActionDef(String name) {
        return definitions.containsKey(name) && level(name) == Level.ACTION;
    }

    /** Whether definition {@code name} is a temporal formula (no Java counterpart): its level is temporal. */
    public boolean isTemporalDef(String name) {
        return definitions.containsKey(name) && level(name) == Level.TEMPORAL;
    }

    public List<String> extendsList() {
        return List.copyOf(extendsList);
    }

    public SourceText source() {
        return source;
    }

    /** Bound names of a list of bounds, in order. */
    public static List<String> boundNames(List<Bound> bounds) {
        List<String> out = new ArrayList<>();
        for (Bound b : bounds) {
            for (Name n : b.names()) {
                out.add(n.text());
            }
        }
        return out;
    }
}
