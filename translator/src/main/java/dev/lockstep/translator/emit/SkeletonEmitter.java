package dev.lockstep.translator.emit;

import dev.lockstep.runtime.value.ModelValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.translator.GeneratedFile;
import dev.lockstep.translator.Generation;
import dev.lockstep.translator.ModelConfig;
import dev.lockstep.translator.analysis.Definition;
import dev.lockstep.translator.analysis.EnvironmentAnalysis;
import dev.lockstep.translator.analysis.Exprs;
import dev.lockstep.translator.analysis.SpecModel;
import dev.lockstep.translator.analysis.TlaType;
import dev.lockstep.translator.analysis.TypeInference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the Java skeleton of one spec: {@code <T>State} (a record, one component per variable),
 * {@code <T>Constants}, {@code <T>Base} (guards, effects, successor enumeration, the spec's
 * operators, Init, the enabled-action enumeration: all regenerated), {@code <T>Environment} when
 * variables model the outside world, and, created once for the user, {@code <T>} (implements what
 * could not be translated), {@code <T>Main} (the wiring: a seeded run that writes the native log)
 * and {@code <T>EnvironmentImpl}.
 *
 * <p>The order: name the variables and constants and infer their types; split Next into actions
 * ({@link ActionSplitter}); find the outside world among the variables; then one emitter per file
 * over a shared {@link EmitContext}. The base class is written first: the nested types of the state
 * class and the stubs of the user class are known only after it.
 */
public final class SkeletonEmitter {
    private final SpecModel spec;
    private final String pkg;
    private final String specFile;
    private final String sha;
    private final Optional<ModelConfig> config;
    private final Naming naming = new Naming();
    private final TypeInference typeInference;
    private final Map<String, TlaType> types;
    /** The enum (in the constants class) of each constant the configuration sets to model values. */
    private final Map<String, String> modelValueEnums = new LinkedHashMap<>();
    private final JavaTypes javaTypes;
    /** The static codec field of the state class for each variable. */
    private final Map<String, String> codecFields = new LinkedHashMap<>();
    private final String type;
    private final String initName;
    private final String nextName;

    public SkeletonEmitter(SpecModel spec, String javaPackage, String specFileName, String specSha256,
                           Optional<ModelConfig> config) {
        this.spec = spec;
        this.pkg = javaPackage;
        this.specFile = specFileName;
        this.sha = specSha256;
        this.config = config;
        this.type = JavaNames.typeName(spec.moduleName());
        String[] initAndNext = initAndNext(spec, config);
        this.initName = initAndNext[0];
        this.nextName = initAndNext[1];
        Map<String, Value> constantValues = config.map(ModelConfig::constants).orElse(Map.of());
        JavaNames enumNames = new JavaNames();
        for (String k : spec.constants()) {
            if (constantValues.get(k) instanceof SetValue set && !set.isEmpty()
                    && set.elements().stream().allMatch(e -> e instanceof ModelValue)) {
                modelValueEnums.put(k, enumNames.fresh(JavaNames.typeName(k) + "Value"));
            }
        }
        this.javaTypes = new JavaTypes(type + "State", type + "Constants", modelValueEnums);
        this.typeInference = new TypeInference(spec, constantValues,
                config.map(ModelConfig::invariants).orElse(List.of()));
        Map<String, TlaType> inferred = new LinkedHashMap<>();
        typeInference.variables(initName).forEach((v, t) -> inferred.put(v, javaTypes.normal(t)));
        this.types = inferred;
        List<String> typeNames = new ArrayList<>(List.of(type, type + "State", type + "Constants", type + "Base",
                type + "Environment", type + "Main", type + "EnvironmentImpl"));
        typeNames.addAll(modelValueEnums.values());
        naming.reserveTypes(typeNames);
        spec.variables().forEach(naming::variable);
        spec.constants().forEach(naming::constant);
        for (String v : spec.variables()) {
            String field = naming.stateComponents.fresh(JavaNames.upperSnake(naming.variable(v)) + "_CODEC");
            codecFields.put(v, field);
            naming.classMembers.reserve(field); // statically imported by the base class
        }
    }

    /**
     * The names of the initial-state predicate and the next-state relation: the configuration's
     * INIT and NEXT, else read from its SPECIFICATION ({@code Init /\ [][Next]_vars}), else Init and Next.
     */
    private static String[] initAndNext(SpecModel spec, Optional<ModelConfig> config) {
        String initName = config.flatMap(ModelConfig::init).orElse("Init");
        if (config.isPresent() && config.get().next().isPresent()) {
            return new String[] {initName, config.get().next().get()};
        }
        String nextName = "Next";
        String specName = config.flatMap(ModelConfig::specification).orElse("Spec");
        Definition sd = spec.definition(specName);
        if (sd == null || (config.flatMap(ModelConfig::specification).isEmpty() && spec.definition("Next") != null)) {
            return new String[] {initName, nextName};
        }
        for (Expr c : Exprs.conjuncts(sd.body())) {
            if (c instanceof Expr.OpApp o && o.op() == Operator.ALWAYS && o.args().get(0) instanceof Expr.OpApp box
                    && box.op() == Operator.BOX_ACTION && box.args().get(0) instanceof Expr.NameExpr n) {
                nextName = n.name().text();
            } else if (c instanceof Expr.NameExpr n && spec.definition(n.name().text()) != null
                    && !spec.isActionDef(n.name().text()) && !spec.isTemporalDef(n.name().text())) {
                initName = n.name().text();
            }
        }
        return new String[] {initName, nextName};
    }

    /** Generates every file. */
    public Generation generate() {
        Definition next = spec.definition(nextName);
        if (spec.variables().isEmpty()) {
            return refused("the spec declares no variables, so it has no behaviour to project into Java"
                    + " (TLC only evaluates its ASSUMEs)");
        }
        if (next == null) {
            return refused("no next-state relation: the spec defines no " + nextName
                    + " (name it Next, or give NEXT or SPECIFICATION in the configuration)");
        }
        ActionSplitter.Split split = ActionSplitter.split(spec, next,
                (set, name) -> parameterType(typeInference.member(set, name, 0)));
        List<String> actionNames = new ArrayList<>(new LinkedHashSet<>(
                split.actions().stream().map(ActionModel::logName).toList()));
        List<EnvironmentAnalysis.Part> environment = EnvironmentAnalysis.analyse(spec, types,
                new LinkedHashSet<>(actionNames));
        Map<String, String> partTypes = new LinkedHashMap<>();
        Map<String, String> partAccessors = new LinkedHashMap<>();
        JavaNames partNames = new JavaNames();
        partNames.reserve("NONE");
        for (EnvironmentAnalysis.Part p : environment) {
            String t = partNames.fresh(JavaNames.typeName(p.variable()));
            partTypes.put(p.variable(), t);
            partAccessors.put(p.variable(), partNames.fresh(Character.toLowerCase(t.charAt(0)) + t.substring(1)));
        }
        EmitContext cx = new EmitContext(spec, pkg, specFile, sha, config, type, initName, nextName, naming, javaTypes,
                types, codecFields, modelValueEnums, environment, partTypes, partAccessors);
        BaseEmitter baseEmitter = new BaseEmitter(cx, split);
        String base = baseEmitter.emit();
        String dir = pkg.replace('.', '/') + "/";
        List<GeneratedFile> files = new ArrayList<>();
        files.add(generated(dir + cx.stateType(), new StateEmitter(cx).emit()));
        files.add(generated(dir + cx.constantsType(), new ConstantsEmitter(cx).emit()));
        files.add(generated(dir + cx.baseType(), base));
        EnvironmentEmitter environmentEmitter = new EnvironmentEmitter(cx);
        if (!environment.isEmpty()) {
            files.add(generated(dir + cx.environmentType(), environmentEmitter.interfaces()));
        }
        files.add(user(dir + type, new UserClassEmitter(cx, baseEmitter.userStubs()).emit()));
        files.add(user(dir + type + "Main", new MainEmitter(cx).emit()));
        if (!environment.isEmpty()) {
            files.add(user(dir + cx.environmentType() + "Impl", environmentEmitter.implementation()));
        }
        return new Generation(files, sha, actionNames, baseEmitter.untranslated(), baseEmitter.diagnostics(),
                new Generation.Typing(spec.variables(),
                        spec.variables().stream().filter(v -> javaTypes.untyped(types.get(v))).toList()));
    }

    private Generation refused(String why) {
        return new Generation(List.of(), sha, List.of(), List.of(),
                List.of(Diagnostic.error(DiagnosticCode.LS701_NO_NEXT_STATE_RELATION, null, why)), Generation.Typing.NONE);
    }

    private static GeneratedFile generated(String pathWithoutExtension, String content) {
        return new GeneratedFile(pathWithoutExtension + ".java", content, GeneratedFile.Ownership.GENERATED);
    }

    private static GeneratedFile user(String pathWithoutExtension, String content) {
        return new GeneratedFile(pathWithoutExtension + ".java", content, GeneratedFile.Ownership.USER);
    }

    /** The Java type of an action parameter ranging over a set of {@code t}: scalars only. */
    private TlaType parameterType(TlaType t) {
        t = javaTypes.normal(t);
        return t.scalar() ? t : TlaType.ANY;
    }
}
