package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.resolve.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model a configuration makes of a spec, as TLC builds it: {@code K <- Def} makes the
 * constant (or definition) {@code K} mean the definition {@code Def}, and {@code D = value} for a
 * defined operator {@code D} (a model value for {@code NIL == CHOOSE x : x \notin S}, a number
 * for a bound) replaces its definition by that value, so {@code D} becomes a constant the
 * configuration gives. {@code Nat <- SmallNat} for an operator of a standard module defines it as the
 * substitute. Pure.
 */
public final class ConfigOverrides {
    private ConfigOverrides() {
    }

    /**
     * {@code module} with the configuration's overrides applied.
     *
     * @param valued      names the configuration gives a value ({@code name = value})
     * @param substituted name to definition, from {@code name <- Def}
     */
    public static Module apply(Module module, Set<String> valued, Map<String, String> substituted) {
        List<Unit> units = new ArrayList<>();
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (Unit u : module.units()) {
            if (u instanceof Unit.Constants c) {
                c.decls().forEach(d -> declared.add(d.name().text()));
            } else if (u instanceof Unit.OperatorDef d) {
                declared.add(d.name().text());
            }
        }
        // an operator of a standard module (Nat <- SmallNat): the substitute's definition takes its place
        substituted.forEach((name, def) -> {
            if (!declared.contains(name)) {
                units.add(new Unit.OperatorDef(false, new Name(name, module.range()), OpDecl.Fixity.PLAIN, List.of(),
                        new Expr.NameExpr(new Name(def, module.range()), List.of(), module.range()), module.range()));
            }
        });
        for (Unit u : module.units()) {
            if (u instanceof Unit.Constants c) {
                List<OpDecl> kept = new ArrayList<>();
                for (OpDecl d : c.decls()) {
                    String name = d.name().text();
                    String def = substituted.get(name);
                    if (def != null && d.arity() <= 0) {
                        units.add(new Unit.OperatorDef(false, d.name(), d.fixity(), List.of(),
                                new Expr.NameExpr(new Name(def, d.range()), List.of(), d.range()), d.range()));
                    } else {
                        kept.add(d);
                    }
                }
                if (!kept.isEmpty()) {
                    units.add(new Unit.Constants(kept, c.range()));
                }
            } else if (u instanceof Unit.OperatorDef d && d.params().isEmpty()
                    && substituted.containsKey(d.name().text())) {
                Name def = new Name(substituted.get(d.name().text()), d.range());
                units.add(new Unit.OperatorDef(d.local(), d.name(), d.fixity(), List.of(),
                        new Expr.NameExpr(def, List.of(), d.range()), d.range()));
            } else if (u instanceof Unit.OperatorDef d && d.params().isEmpty() && valued.contains(d.name().text())) {
                units.add(new Unit.Constants(List.of(new OpDecl(d.name(), OpDecl.Fixity.PLAIN, 0, d.range())),
                        d.range()));
            } else {
                units.add(u);
            }
        }
        return new Module(module.name(), module.extendsList(), units, module.range());
    }

    /**
     * The definitions' levels in the module {@link #apply} makes: {@code K <- Def} gives {@code K}
     * the level of {@code Def}, a defined operator the configuration gives a value is a constant.
     */
    public static Map<String, Level> levels(Map<String, Level> levels, Set<String> valued, Map<String, String> substituted) {
        Map<String, Level> out = new java.util.HashMap<>(levels);
        valued.forEach(name -> out.computeIfPresent(name, (n, l) -> Level.CONSTANT));
        substituted.forEach((name, def) -> out.put(name, levels.getOrDefault(def, Level.CONSTANT)));
        return out;
    }
}
