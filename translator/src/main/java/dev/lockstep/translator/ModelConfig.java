package dev.lockstep.translator;

import dev.lockstep.bridge.config.ConfigValue;
import dev.lockstep.bridge.config.ConstantEntry;
import dev.lockstep.bridge.config.Named;
import dev.lockstep.bridge.config.TlcConfig;
import dev.lockstep.bridge.config.TlcConfigReader;
import dev.lockstep.runtime.value.BoolValue;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.ModelValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.StrValue;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.speclang.diag.Diagnostic;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parts of a TLC model configuration ({@code .cfg}) that generation uses: constant values
 * (numbers, strings, Booleans, model values and sets of them), constants replaced by a definition
 * ({@code N <- Def}), and the names of INIT, NEXT and SPECIFICATION. Read by checker-bridge's
 * {@link TlcConfigReader}, the one configuration reader. Entries scoped to a module
 * ({@code NoHash = [Hashes] NoHashVal}, {@code MaxChain <- [Hashes] ShortChain}) are kept apart and
 * apply to the definitions that come from that module ({@link #inModules}); {@code Inst!N} entries and
 * operator values at arguments are not the root module's constants and are left out.
 *
 * @param constants    constant name to value
 * @param substituted  constant name to the definition that replaces it
 * @param modelValues  every model value the configuration declares
 * @param checkDeadlock whether a state without successor is an error (TLC's default; CHECK_DEADLOCK
 *                      FALSE turns it off): the generated Main then fails on a deadlocked run
 * @param invariants   the names in INVARIANT(S), in order
 * @param problems     what TLC would reject, with the 1-based line
 * @param scopedConstants   module to the {@code name = [module] value} entries scoped to it
 * @param scopedSubstituted module to the {@code name <- [module] Def} entries scoped to it ({@code Def}
 *                          a definition of the root module, as TLC reads it)
 */
public record ModelConfig(Map<String, Value> constants, Map<String, String> substituted, Set<String> modelValues,
                          boolean checkDeadlock, Optional<String> init, Optional<String> next,
                          Optional<String> specification, List<String> invariants, List<String> problems,
                          Map<String, Map<String, Value>> scopedConstants, Map<String, Map<String, String>> scopedSubstituted) {

    /** Reads the text of a configuration file. */
    public static ModelConfig parse(String text) {
        TlcConfigReader.Parsed p = TlcConfigReader.parse(text, null);
        List<String> problems = p.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> "line " + (d.range() == null ? 0 : d.range().start().line() + 1) + ": " + d.message()).toList();
        ModelConfig c = from(p.config());
        return new ModelConfig(c.constants, c.substituted, c.modelValues, c.checkDeadlock, c.init, c.next,
                c.specification, c.invariants, problems, c.scopedConstants, c.scopedSubstituted);
    }

    /** What generation uses of a configuration the reader has read. */
    public static ModelConfig from(TlcConfig config) {
        Map<String, Value> constants = new LinkedHashMap<>();
        Map<String, String> substituted = new LinkedHashMap<>();
        Map<String, Map<String, Value>> scopedConstants = new LinkedHashMap<>();
        Map<String, Map<String, String>> scopedSubstituted = new LinkedHashMap<>();
        for (ConstantEntry e : config.constants()) {
            if (e.name().contains("!")) {
                continue;
            }
            if (e.module().isPresent()) {
                String m = e.module().get();
                if (e instanceof ConstantEntry.Assignment a && a.arguments().isEmpty()) {
                    scopedConstants.computeIfAbsent(m, k -> new LinkedHashMap<>()).put(a.name(), value(a.value()));
                } else if (e instanceof ConstantEntry.Substitution s) {
                    scopedSubstituted.computeIfAbsent(m, k -> new LinkedHashMap<>()).put(s.name(), s.definition());
                }
                continue;
            }
            if (e instanceof ConstantEntry.Assignment a && a.arguments().isEmpty()) {
                constants.put(a.name(), value(a.value()));
            } else if (e instanceof ConstantEntry.Substitution s) {
                substituted.put(s.name(), s.definition());
            }
        }
        return new ModelConfig(constants, substituted, new TreeSet<>(config.modelValues()), config.checkDeadlock().orElse(true),
                config.init().map(Named::name), config.next().map(Named::name),
                config.specification().map(Named::name), config.invariants().stream().map(Named::name).toList(),
                List.of(), scopedConstants, scopedSubstituted);
    }

    /**
     * This configuration with its scoped entries applied to the spec's definitions, as TLC applies
     * them: {@code N = [M] v} gives every definition {@code N} that comes from module {@code M} the
     * value {@code v} (under whatever name the flattened spec gives it: {@code N} when extended,
     * {@code I!N} through a named instance), and {@code N <- [M] Def} makes it mean {@code Def}.
     *
     * @param origins each flattened definition's name to the module that defines it
     *                ({@link dev.lockstep.translator.analysis.SpecFlattener#origins})
     */
    public ModelConfig inModules(Map<String, String> origins) {
        if (scopedConstants.isEmpty() && scopedSubstituted.isEmpty()) {
            return this;
        }
        Map<String, Value> values = new LinkedHashMap<>(constants);
        Map<String, String> subst = new LinkedHashMap<>(substituted);
        origins.forEach((flat, module) -> {
            String base = flat.substring(flat.lastIndexOf('!') + 1);
            Value v = scopedConstants.getOrDefault(module, Map.of()).get(base);
            if (v != null) {
                values.put(flat, v);
            }
            String def = scopedSubstituted.getOrDefault(module, Map.of()).get(base);
            if (def != null) {
                subst.put(flat, def);
            }
        });
        return new ModelConfig(values, subst, modelValues, checkDeadlock, init, next, specification, invariants, problems,
                Map.of(), Map.of());
    }

    private static Value value(ConfigValue v) {
        if (v instanceof ConfigValue.Int i) {
            return new IntValue(BigInteger.valueOf(i.value()));
        }
        if (v instanceof ConfigValue.Str s) {
            return new StrValue(s.text());
        }
        if (v instanceof ConfigValue.Bool b) {
            return BoolValue.of(b.value());
        }
        if (v instanceof ConfigValue.ModelValue m) {
            return new ModelValue(m.name());
        }
        return SetValue.copyOf(((ConfigValue.SetOf) v).elements().stream().map(ModelConfig::value).toList());
    }
}
