package dev.lockstep.translator.emit;

import dev.lockstep.runtime.value.BoolValue;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.ModelValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.StrValue;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
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
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes the Java skeleton of one spec: {@code <T>State} (a record, one component per variable),
 * {@code <T>Constants}, {@code <T>Base} (guards, effects, successor enumeration, the spec's
 * operators, Init, the enabled-action enumeration: all regenerated) and, created once for the
 * user, {@code <T>} (implements what could not be translated) and {@code <T>Main} (the wiring:
 * a seeded run that writes the native log).
 */
public final class SkeletonEmitter {
    private final SpecModel spec;
    private final String pkg;
    private final String specFile;
    private final String sha;
    private final Optional<ModelConfig> config;
    private final Naming naming = new Naming();
    private final ExprCompiler ex;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<String> untranslated = new ArrayList<>();
    /** Abstract methods of the base class, with a stub for the user class. */
    private final List<String> userStubs = new ArrayList<>();
    private final TypeInference typeInference;
    private final Map<String, TlaType> types;
    /** The enum (in the constants class) of each constant the configuration sets to model values. */
    private final Map<String, String> modelValueEnums = new LinkedHashMap<>();
    private final JavaTypes javaTypes;
    /** The static codec field of the state class for each variable. */
    private final Map<String, String> codecFields = new LinkedHashMap<>();
    /** The Java types of each action's parameters, merged over the places the action is called from. */
    private final Map<String, List<TlaType>> paramTypes = new LinkedHashMap<>();
    /** True while the next-state relation is walked only to find the parameter types. */
    private boolean typingPass;
    private final String type;
    private final String stateType;
    private final String constantsType;
    private final String baseType;
    private String initName = "Init";
    private String nextName = "Next";
    private final Map<String, ActionModel> actions = new LinkedHashMap<>();
    /** The variables that model the outside world, and the Java names of their interfaces. */
    private List<EnvironmentAnalysis.Part> environment = List.of();
    private final Map<String, String> partTypes = new LinkedHashMap<>();
    private final Map<String, String> partAccessors = new LinkedHashMap<>();
    private final String environmentType;

    public SkeletonEmitter(SpecModel spec, String javaPackage, String specFileName, String specSha256,
                           Optional<ModelConfig> config) {
        this.spec = spec;
        this.pkg = javaPackage;
        this.specFile = specFileName;
        this.sha = specSha256;
        this.config = config;
        this.ex = new ExprCompiler(spec, naming, this::readVariable);
        this.type = JavaNames.typeName(spec.moduleName());
        this.stateType = type + "State";
        this.constantsType = type + "Constants";
        this.baseType = type + "Base";
        this.environmentType = type + "Environment";
        findInitAndNext();
        Map<String, Value> constantValues = config.map(ModelConfig::constants).orElse(Map.of());
        JavaNames enumNames = new JavaNames();
        for (String k : spec.constants()) {
            if (constantValues.get(k) instanceof SetValue set && !set.isEmpty()
                    && set.elements().stream().allMatch(e -> e instanceof ModelValue)) {
                modelValueEnums.put(k, enumNames.fresh(JavaNames.typeName(k) + "Value"));
            }
        }
        this.javaTypes = new JavaTypes(stateType, constantsType, modelValueEnums);
        this.typeInference = new TypeInference(spec, constantValues);
        Map<String, TlaType> inferred = new LinkedHashMap<>();
        typeInference.variables(initName).forEach((v, t) -> inferred.put(v, javaTypes.normal(t)));
        this.types = inferred;
        List<String> typeNames = new ArrayList<>(List.of(type, stateType, constantsType, baseType, environmentType,
                type + "Main", environmentType + "Impl"));
        typeNames.addAll(modelValueEnums.values());
        naming.reserveTypes(typeNames);
        spec.variables().forEach(naming::variable);
        spec.constants().forEach(naming::constant);
        for (String v : spec.variables()) {
            String field = naming.stateComponents.fresh(upperSnake(naming.variable(v)) + "_CODEC");
            codecFields.put(v, field);
            naming.classMembers.reserve(field); // statically imported by the base class
        }
    }

    private static String upperSnake(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** Java source reading variable {@code v} of state {@code state} as a TLA+ value. */
    private String readVariable(String v, String state) {
        TlaType t = types.get(v);
        String field = state + "." + naming.variable(v) + "()";
        return javaTypes.isValue(t) || t.scalar() ? javaTypes.encode(t, field)
                : codecFields.get(v) + ".encode(" + field + ")";
    }

    /** Java source turning the {@code Value} expression {@code value} into variable {@code v}'s Java type. */
    private String toVariable(String v, String value) {
        TlaType t = types.get(v);
        return javaTypes.isValue(t) || t.scalar() ? javaTypes.decode(t, value)
                : codecFields.get(v) + ".decode(" + value + ")";
    }

    private void findInitAndNext() {
        if (config.isPresent() && config.get().init().isPresent()) {
            initName = config.get().init().get();
        }
        if (config.isPresent() && config.get().next().isPresent()) {
            nextName = config.get().next().get();
            return;
        }
        String specName = config.flatMap(ModelConfig::specification).orElse("Spec");
        Definition sd = spec.definition(specName);
        if (sd == null || (config.flatMap(ModelConfig::specification).isEmpty() && spec.definition("Next") != null)) {
            return;
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
    }

    /** Generates every file. */
    public Generation generate() {
        Definition next = spec.definition(nextName);
        if (spec.variables().isEmpty()) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.LS701_NO_NEXT_STATE_RELATION, null,
                    "the spec declares no variables, so it has no behaviour to project into Java"
                            + " (TLC only evaluates its ASSUMEs)"));
            return new Generation(List.of(), sha, List.of(), List.of(), diagnostics);
        }
        if (next == null) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.LS701_NO_NEXT_STATE_RELATION, null,
                    "no next-state relation: the spec defines no " + nextName
                            + " (name it Next, or give NEXT or SPECIFICATION in the configuration)"));
            return new Generation(List.of(), sha, List.of(), List.of(), diagnostics);
        }
        String dir = pkg.replace('.', '/') + "/";
        typingPass = true;
        enabledMethod(next);
        typingPass = false;
        actions.clear();
        String enabled = enabledMethod(next);
        environment = EnvironmentAnalysis.analyse(spec, types,
                new LinkedHashSet<>(actions.values().stream().map(ActionModel::logName).toList()));
        JavaNames partNames = new JavaNames();
        partNames.reserve("NONE");
        for (EnvironmentAnalysis.Part p : environment) {
            String t = partNames.fresh(JavaNames.typeName(p.variable()));
            partTypes.put(p.variable(), t);
            partAccessors.put(p.variable(), partNames.fresh(Character.toLowerCase(t.charAt(0)) + t.substring(1)));
        }
        String base = baseClass(enabled);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(dir + stateType + ".java", stateClass(), GeneratedFile.Ownership.GENERATED));
        files.add(new GeneratedFile(dir + constantsType + ".java", constantsClass(), GeneratedFile.Ownership.GENERATED));
        files.add(new GeneratedFile(dir + baseType + ".java", base, GeneratedFile.Ownership.GENERATED));
        if (!environment.isEmpty()) {
            files.add(new GeneratedFile(dir + environmentType + ".java", environmentInterfaces(environment),
                    GeneratedFile.Ownership.GENERATED));
        }
        files.add(new GeneratedFile(dir + type + ".java", userClass(), GeneratedFile.Ownership.USER));
        files.add(new GeneratedFile(dir + type + "Main.java", mainClass(), GeneratedFile.Ownership.USER));
        if (!environment.isEmpty()) {
            files.add(new GeneratedFile(dir + environmentType + "Impl.java", environmentImpl(environment),
                    GeneratedFile.Ownership.USER));
        }
        List<String> names = new ArrayList<>(new LinkedHashSet<>(actions.values().stream().map(ActionModel::logName).toList()));
        return new Generation(files, sha, names, untranslated, diagnostics);
    }

    // ---------------------------------------------------------------- headers

    private String generatedHeader() {
        return "// GENERATED by `lockstep generate` from " + safeLine(specFile) + ". DO NOT EDIT.\n"
                + "// This file is rewritten every time the spec is regenerated; put your code in " + type + ".java.\n"
                + "// spec-sha256: " + sha + "\n"
                + "package " + pkg + ";\n\n";
    }

    private String userHeader() {
        return "// Created by `lockstep generate` from " + safeLine(specFile) + ". This file is yours:\n"
                + "// lockstep creates it once and never overwrites it.\n"
                + "package " + pkg + ";\n\n";
    }

    private static String safeLine(String s) {
        return s.replaceAll("[\\r\\n\\u2028\\u2029]", " ").replace("\\u", "\\\\u");
    }

    private String tla(SourceRange r) {
        return spec.source().slice(r);
    }

    // ---------------------------------------------------------------- State and Constants

    private String stateClass() {
        Code c = new Code(0);
        c.raw(generatedHeader());
        c.line("import dev.lockstep.runtime.value.BoolValue;");
        c.line("import dev.lockstep.runtime.value.Codec;");
        c.line("import dev.lockstep.runtime.value.FunctionValue;");
        c.line("import dev.lockstep.runtime.value.ModelValue;");
        c.line("import dev.lockstep.runtime.value.SetValue;");
        c.line("import dev.lockstep.runtime.value.Tla;");
        c.line("import dev.lockstep.runtime.value.Value;");
        c.line("import dev.lockstep.runtime.value.Values;");
        c.line("import java.util.LinkedHashMap;");
        c.line("import java.util.List;");
        c.line("import java.util.Map;");
        c.line("import java.util.Set;");
        c.blank();
        c.raw(JavaText.javadoc("", "A state of " + spec.moduleName() + ": one component per variable of the spec, "
                + "in declaration order,\ntyped from the spec (its type invariant, else the initial values). "
                + "Immutable; equality is TLA+\nequality of every variable. variables() gives the TLA+ "
                + "values, as the native log records them.", null));
        c.line("@SuppressWarnings(\"unused\")");
        StringJoiner comps = new StringJoiner(",\n        ");
        for (String v : spec.variables()) {
            comps.add(javaTypes.type(types.get(v)) + " " + naming.variable(v));
        }
        c.open("public record " + stateType + "(" + comps + ") {");
        StringJoiner names = new StringJoiner(", ");
        spec.variables().forEach(v -> names.add(JavaText.literal(v)));
        c.line("/** The spec's variables, in declaration order. */");
        c.line("public static final List<String> VARIABLES = List.of(" + names + ");");
        for (String v : spec.variables()) {
            TlaType t = types.get(v);
            c.line("/** The codec of " + JavaText.commentSafe(v) + " (" + JavaText.commentSafe(describe(t)) + "). */");
            c.line("public static final Codec<" + javaTypes.boxed(t) + "> " + codecFields.get(v) + " = "
                    + javaTypes.codec(t) + ";");
        }
        c.blank();
        c.line("/** The variables by name, in declaration order, as TLA+ values (as the native log records them). */");
        c.open("public Map<String, Value> variables() {");
        c.line("Map<String, Value> m = new LinkedHashMap<>();");
        for (String v : spec.variables()) {
            c.line("m.put(" + JavaText.literal(v) + ", " + codecFields.get(v) + ".encode(" + naming.variable(v) + "));");
        }
        c.line("return m;");
        c.close("}");
        c.blank();
        c.line("/** The state with these variable values (e.g. read from a log); every variable must be given. */");
        c.open("public static " + stateType + " of(Map<String, Value> variables) {");
        StringJoiner args = new StringJoiner(",\n                ");
        for (String v : spec.variables()) {
            args.add(codecFields.get(v) + ".decode(require(variables, " + JavaText.literal(v) + "))");
        }
        c.line("return new " + stateType + "(" + args + ");");
        c.close("}");
        c.blank();
        c.open("private static Value require(Map<String, Value> variables, String name) {");
        c.line("Value v = variables.get(name);");
        c.open("if (v == null) {");
        c.line("throw new IllegalArgumentException(\"no value for variable \" + name);");
        c.close("}");
        c.line("return v;");
        c.close("}");
        c.blank();
        c.line("@Override");
        c.open("public String toString() {");
        c.line("StringBuilder sb = new StringBuilder();");
        c.line("variables().forEach((k, v) -> sb.append(sb.length() == 0 ? \"\" : \" /\\\\ \").append(k).append(\" = \").append(v.toTla()));");
        c.line("return sb.toString();");
        c.close("}");
        for (JavaTypes.RecordType r : javaTypes.recordTypes()) {
            recordClass(c, r);
        }
        for (JavaTypes.StringEnum e : javaTypes.stringEnums()) {
            valueEnum(c, e.name(), e.members(), false, "The strings " + String.join(", ", e.members().stream()
                    .map(m -> "\"" + m + "\"").toList()));
        }
        c.close("}");
        return c.toString();
    }

    /** A nested Java record for the records of a record set. */
    private void recordClass(Code c, JavaTypes.RecordType r) {
        String name = r.name();
        StringJoiner comps = new StringJoiner(", ");
        StringJoiner fields = new StringJoiner(", ");
        StringJoiner encoded = new StringJoiner(", ");
        StringJoiner check = new StringJoiner(" || ");
        StringJoiner decoded = new StringJoiner(",\n                    ");
        check.add("f.size() != " + r.fields().size());
        for (int i = 0; i < r.fields().size(); i++) {
            String field = r.fields().get(i);
            String comp = r.components().get(i);
            TlaType t = r.types().get(i);
            comps.add(javaTypes.type(t) + " " + comp);
            fields.add(field + " : " + describe(t));
            encoded.add(JavaText.literal(field)).add(javaTypes.encode(t, comp));
            check.add("!f.inDomain(Values.str(" + JavaText.literal(field) + "))");
            decoded.add(javaTypes.decode(t, "f.apply(Values.str(" + JavaText.literal(field) + "))"));
        }
        c.blank();
        c.line("/** " + JavaText.commentSafe("The records [" + fields + "] of the spec, as a Java record.") + " */");
        c.open("public record " + name + "(" + comps + ") {");
        c.line("/** Encodes and decodes these records. */");
        c.line("public static final Codec<" + name + "> CODEC = Codec.of(" + name + "::value, " + name + "::of);");
        c.blank();
        c.line("/** This record as a TLA+ value. */");
        c.open("public Value value() {");
        c.line("return Values.record(" + encoded + ");");
        c.close("}");
        c.blank();
        c.line("/** The record for the TLA+ value {@code v}; fails unless it is a record with exactly these fields. */");
        c.open("public static " + name + " of(Value v) {");
        c.line("FunctionValue f = v.asFunction();");
        c.open("if (" + check + ") {");
        c.line("throw new IllegalArgumentException(v.toTla() + \" is not a " + name + "\");");
        c.close("}");
        c.line("return new " + name + "(" + decoded + ");");
        c.close("}");
        c.close("}");
    }

    /** What a type is, in words, for Javadoc. */
    private String describe(TlaType t) {
        t = javaTypes.normal(t);
        if (t instanceof TlaType.Int) {
            return "integer";
        }
        if (t instanceof TlaType.Bool) {
            return "Boolean";
        }
        if (t instanceof TlaType.Str) {
            return "string";
        }
        if (t instanceof TlaType.ModelValues m) {
            return "model value of " + m.constant();
        }
        if (t instanceof TlaType.Strings) {
            return "string of a fixed set";
        }
        if (t instanceof TlaType.AnyModelValue) {
            return "model value";
        }
        if (t instanceof TlaType.RecordOf r) {
            return "record [" + String.join(", ", r.fields()) + "]";
        }
        if (t instanceof TlaType.SetOf x) {
            return "set of " + describe(x.element());
        }
        if (t instanceof TlaType.SeqOf x) {
            return "sequence of " + describe(x.element());
        }
        if (t instanceof TlaType.FunctionOf f) {
            return "function from " + describe(f.argument()) + " to " + describe(f.result());
        }
        if (t instanceof TlaType.AnySet) {
            return "set";
        }
        if (t instanceof TlaType.AnyFunction) {
            return "function, record or sequence";
        }
        return "TLA+ value of no single type";
    }

    private String constantsClass() {
        Code c = new Code(0);
        c.raw(generatedHeader());
        c.line("import dev.lockstep.runtime.value.BoolValue;");
        c.line("import dev.lockstep.runtime.value.Codec;");
        c.line("import dev.lockstep.runtime.value.ModelValue;");
        c.line("import dev.lockstep.runtime.value.Tla;");
        c.line("import dev.lockstep.runtime.value.Value;");
        c.line("import dev.lockstep.runtime.value.Values;");
        c.blank();
        c.raw(JavaText.javadoc("", "The constants of " + spec.moduleName() + " (CONSTANT declarations), as a model "
                + "configuration fixes them.", null));
        c.line("@SuppressWarnings(\"unused\")");
        StringJoiner comps = new StringJoiner(", ");
        for (String k : spec.constants()) {
            comps.add("Value " + naming.constant(k));
        }
        c.open("public record " + constantsType + "(" + comps + ") {");
        if (config.isPresent()) {
            ModelConfig cfg = config.get();
            List<String> missing = new ArrayList<>();
            StringJoiner vals = new StringJoiner(",\n                ");
            for (String k : spec.constants()) {
                Value v = cfg.constants().get(k);
                if (v == null) {
                    missing.add(k);
                } else {
                    vals.add(javaValue(v));
                }
            }
            if (missing.isEmpty()) {
                c.line("/** The values given by the model configuration. */");
                c.open("public static " + constantsType + " fromConfig() {");
                c.line("return new " + constantsType + "(" + vals + ");");
                c.close("}");
            } else {
                c.line("// The configuration gives no plain value to: " + safeLine(String.join(", ", missing))
                        + "; construct this record yourself.");
            }
            for (Map.Entry<String, String> e : modelValueEnums.entrySet()) {
                List<String> members = new ArrayList<>();
                ((SetValue) cfg.constants().get(e.getKey())).elements().forEach(m -> members.add(((ModelValue) m).name()));
                valueEnum(c, e.getValue(), members, true, "The model values of " + e.getKey() + " in the configuration");
            }
        }
        c.close("}");
        return c.toString();
    }

    /** An enum for a set of model values of the configuration, or of strings of the spec. */
    private void valueEnum(Code c, String name, List<String> members, boolean modelValues, String what) {
        c.blank();
        c.line("/** " + JavaText.commentSafe(what) + ", as an enum. */");
        c.open("public enum " + name + " {");
        JavaNames constantNames = new JavaNames();
        for (String r : new String[] {"name", "value", "of", "values", "valueOf", "ordinal", "CODEC", "tla"}) {
            constantNames.reserve(r);
        }
        StringJoiner items = new StringJoiner(",\n        ", "", ";");
        for (String m : members) {
            items.add(constantNames.fresh(m) + "(" + JavaText.literal(m) + ")");
        }
        c.line(items.toString());
        c.blank();
        c.line("/** Encodes and decodes these values. */");
        c.line("public static final Codec<" + name + "> CODEC = Codec.of(" + name + "::value, " + name + "::of);");
        c.blank();
        c.line("private final String tla;");
        c.blank();
        c.open(name + "(String tla) {");
        c.line("this.tla = tla;");
        c.close("}");
        c.blank();
        c.line("/** This " + (modelValues ? "model value" : "string") + " as a TLA+ value. */");
        c.open("public Value value() {");
        c.line("return " + (modelValues ? "Values.model(tla)" : "Values.str(tla)") + ";");
        c.close("}");
        c.blank();
        c.line("/** The constant for the TLA+ value {@code v}; fails for any other value. */");
        c.open("public static " + name + " of(Value v) {");
        c.open("for (" + name + " x : values()) {");
        c.open("if (x.value().equals(v)) {");
        c.line("return x;");
        c.close("}");
        c.close("}");
        c.line("throw new IllegalArgumentException(v.toTla() + \" is not a " + name + "\");");
        c.close("}");
        c.close("}");
    }

    /** Java source for a configuration value. */
    static String javaValue(Value v) {
        if (v instanceof IntValue i) {
            return i.value().bitLength() < 31 ? "Tla.integer(" + i.value() + ")" : "Tla.integer(\"" + i.value() + "\")";
        }
        if (v instanceof BoolValue b) {
            return b.value() ? "BoolValue.TRUE" : "BoolValue.FALSE";
        }
        if (v instanceof StrValue s) {
            return "Values.str(" + JavaText.literal(s.value()) + ")";
        }
        if (v instanceof ModelValue m) {
            return "Values.model(" + JavaText.literal(m.name()) + ")";
        }
        StringJoiner j = new StringJoiner(", ", "Tla.setOf(", ")");
        for (Value e : ((SetValue) v).elements()) {
            j.add(javaValue(e));
        }
        return j.toString();
    }

    // ---------------------------------------------------------------- next-state relation

    private String enabledMethod(Definition next) {
        Code c = new Code(1);
        c.line("/** The action instances enabled in {@code s}, in the order of the next-state relation. */");
        c.line("@Override");
        c.open("public List<ActionCall> enabled(" + stateType + " s) {");
        c.line("Set<ActionCall> result = new LinkedHashSet<>();");
        JavaNames names = methodNames();
        ex.owner(nextName);
        int mark = ex.mark();
        try {
            Code body = new Code(2);
            split(next.body(), Scope.method(names, "s", false), List.of(), Map.of(), nextName, body);
            c.raw(body.toString());
        } catch (Untranslatable u) {
            ex.rollback(mark);
            if (typingPass) {
                return null;
            }
            diagnostics.add(Diagnostic.warning(DiagnosticCode.LS702_NOT_TRANSLATED, range(u, next.range()),
                    "the next-state relation " + nextName + " cannot be split into actions: " + u.getMessage()));
            return null;
        }
        c.line("return new ArrayList<>(result);");
        c.close("}");
        return c.toString();
    }

    private static JavaNames methodNames() {
        JavaNames n = new JavaNames();
        for (String r : new String[] {"s", "out", "choice", "result", "p", "constants"}) {
            n.reserve(r);
        }
        return n;
    }

    private boolean splittable(Expr e) {
        if (e instanceof Expr.Label l) {
            return splittable(l.body());
        }
        if (Exprs.isDisjunction(e)) {
            return true;
        }
        if (e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.EXISTS) {
            // as TLC: an \E over constant-level sets splits; over a variable it stays inside the action,
            // unless its body calls an action with the bound names (\E amt \in 1..bal[f] :
            // Transfer(f, t, amt)): then the step is logged as that action with its parameters, the
            // shape the validator binds directly
            if (!spec.isAction(b.body()) || b.bounds().stream().anyMatch(x -> x.set() == null)) {
                return false;
            }
            return b.bounds().stream().allMatch(x -> spec.isConstantLevel(x.set()))
                    || b.bounds().stream().noneMatch(Bound::tuple) && callsAction(b.body());
        }
        return e instanceof Expr.NameExpr n && spec.definition(n.name().text()) != null
                && spec.isActionDef(n.name().text());
    }

    /** Whether {@code e}, under existential quantifiers, is a call of an action definition. */
    private boolean callsAction(Expr e) {
        if (e instanceof Expr.Label l) {
            return callsAction(l.body());
        }
        if (e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.EXISTS) {
            return callsAction(b.body());
        }
        return e instanceof Expr.NameExpr n && spec.definition(n.name().text()) != null
                && spec.isActionDef(n.name().text());
    }

    /**
     * Splits {@code e} into actions, emitting the enabled-instance enumeration. {@code bound} are
     * the names bound so far (the parameters of an action found here) and {@code boundTypes} their
     * types, from the sets they range over.
     */
    private void split(Expr e, Scope sc, List<String> bound, Map<String, TlaType> boundTypes, String context, Code c)
            throws Untranslatable {
        List<Expr> ds = Exprs.disjuncts(e);
        if (ds.size() > 1) {
            for (Expr d : ds) {
                split(d, sc, bound, boundTypes, context, c);
            }
            return;
        }
        e = ds.get(0);
        if (e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.EXISTS && splittable(b)) {
            Scope inner = sc;
            List<String> innerBound = new ArrayList<>(bound);
            Map<String, TlaType> innerTypes = new LinkedHashMap<>(boundTypes);
            int loops = 0;
            for (Bound bd : b.bounds()) {
                String set = ex.value(bd.set(), inner.withAssigned(Map.of()));
                if (bd.tuple()) {
                    String t = sc.names.fresh("t");
                    c.open("for (Value " + t + " : Tla.each(" + set + ")) {");
                    loops++;
                    for (int i = 0; i < bd.names().size(); i++) {
                        String x = sc.names.fresh(bd.names().get(i).text());
                        c.line("Value " + x + " = Tla.component(" + t + ", " + (i + 1) + ");");
                        inner = inner.local(bd.names().get(i).text(), x);
                        innerBound.add(bd.names().get(i).text());
                        innerTypes.put(bd.names().get(i).text(), TlaType.ANY);
                    }
                } else {
                    for (var n : bd.names()) {
                        String x = sc.names.fresh(n.text());
                        c.open("for (Value " + x + " : Tla.each(" + set + ")) {");
                        loops++;
                        inner = inner.local(n.text(), x);
                        innerBound.add(n.text());
                        innerTypes.put(n.text(), parameterType(typeInference.member(bd.set(), n.text(), 0)));
                    }
                }
            }
            split(b.body(), inner, innerBound, innerTypes, context, c);
            for (int i = 0; i < loops; i++) {
                c.close("}");
            }
            return;
        }
        if (e instanceof Expr.NameExpr n && sc.lookup(n.name().text()) == null && spec.definition(n.name().text()) != null
                && spec.isActionDef(n.name().text())) {
            Definition d = spec.definition(n.name().text());
            if (d.higherOrder() || d.params().size() != n.args().size()) {
                throw new Untranslatable(n, "cannot expand " + d.name());
            }
            List<String> args = new ArrayList<>();
            for (Expr a : n.args()) {
                args.add(ex.value(a, sc));
            }
            if (splittable(d.body())) {
                c.open("{");
                Scope inner = Scope.method(sc.names, "s", false);
                Map<String, TlaType> innerTypes = new LinkedHashMap<>();
                for (int i = 0; i < d.params().size(); i++) {
                    String x = sc.names.fresh(d.params().get(i));
                    c.line("Value " + x + " = " + args.get(i) + ";");
                    inner = inner.local(d.params().get(i), x);
                    innerTypes.put(d.params().get(i), argumentType(n.args().get(i), sc, boundTypes));
                }
                split(d.body(), inner, d.params(), innerTypes, d.name(), c);
                c.close("}");
                return;
            }
            ActionModel a = actions.computeIfAbsent("def:" + d.name(),
                    k -> new ActionModel(d.name(), naming.method("action:" + d.name(), d.name()), d.params(), d.body(),
                            d.range()));
            List<TlaType> argTypes = new ArrayList<>();
            for (Expr arg : n.args()) {
                argTypes.add(argumentType(arg, sc, boundTypes));
            }
            callSite(a, args, argTypes, c);
            return;
        }
        List<String> args = new ArrayList<>();
        List<TlaType> argTypes = new ArrayList<>();
        for (String b : bound) {
            args.add(((Scope.Local) sc.lookup(b)).java());
            argTypes.add(boundTypes.getOrDefault(b, TlaType.ANY));
        }
        String key = "inline:" + context + ":" + actions.size();
        ActionModel a = new ActionModel(context, naming.method("action:" + key, context), bound, e, e.range());
        actions.put(key, a);
        callSite(a, args, argTypes, c);
    }

    /** The Java type of an action parameter ranging over a set of {@code t}: scalars only. */
    private TlaType parameterType(TlaType t) {
        t = javaTypes.normal(t);
        return t.scalar() ? t : TlaType.ANY;
    }

    /** The type of an argument of an action call: a bound name's type, else none. */
    private static TlaType argumentType(Expr arg, Scope sc, Map<String, TlaType> boundTypes) {
        if (arg instanceof Expr.NameExpr n && n.args().isEmpty() && sc.lookup(n.name().text()) != null) {
            return boundTypes.getOrDefault(n.name().text(), TlaType.ANY);
        }
        return TlaType.ANY;
    }

    /** The Java types of {@code a}'s parameters: those of every call site when they agree, else Value. */
    private List<TlaType> paramTypes(ActionModel a) {
        return paramTypes.getOrDefault(a.javaName(), a.params().stream().map(p -> TlaType.ANY).toList());
    }

    private void callSite(ActionModel a, List<String> args, List<TlaType> argTypes, Code c) {
        if (typingPass) {
            List<TlaType> known = paramTypes.get(a.javaName());
            if (known == null) {
                paramTypes.put(a.javaName(), List.copyOf(argTypes));
            } else {
                List<TlaType> merged = new ArrayList<>();
                for (int i = 0; i < known.size(); i++) {
                    merged.add(known.get(i).equals(argTypes.get(i)) ? known.get(i) : TlaType.ANY);
                }
                paramTypes.put(a.javaName(), merged);
            }
        }
        List<TlaType> types = paramTypes(a);
        StringBuilder call = new StringBuilder(naming.method("enabled:" + a.javaName(), a.javaName() + "Enabled"))
                .append("(s");
        for (int i = 0; i < args.size(); i++) {
            call.append(", ").append(javaTypes.decode(types.get(i), args.get(i)));
        }
        call.append(')');
        StringBuilder ac = new StringBuilder("ActionCall.of(").append(JavaText.literal(a.logName()));
        for (int i = 0; i < a.params().size(); i++) {
            ac.append(", ").append(JavaText.literal(a.params().get(i))).append(", ").append(args.get(i));
        }
        ac.append(')');
        c.open("if (" + call + ") {");
        c.line("result.add(" + ac + ");");
        c.close("}");
    }

    // ---------------------------------------------------------------- the base class

    private String baseClass(String enabled) {
        Code c = new Code(0);
        c.raw(generatedHeader());
        for (String imp : new String[] {"dev.lockstep.runtime.choice.Choice", "dev.lockstep.runtime.machine.ActionCall",
                "dev.lockstep.runtime.machine.Changes", "dev.lockstep.runtime.machine.SpecMachine",
                "dev.lockstep.runtime.machine.Successors",
                "dev.lockstep.runtime.value.BoolValue", "dev.lockstep.runtime.value.Codec",
                "dev.lockstep.runtime.value.FunctionValue", "dev.lockstep.runtime.value.IntValue",
                "dev.lockstep.runtime.value.ModelValue", "dev.lockstep.runtime.value.SetValue",
                "dev.lockstep.runtime.value.Tla", "dev.lockstep.runtime.value.TlaEvaluationException",
                "dev.lockstep.runtime.value.Value", "dev.lockstep.runtime.value.Values", "java.util.ArrayList",
                "java.util.LinkedHashSet", "java.util.List", "java.util.Map", "java.util.Objects", "java.util.Set",
                "java.util.function.BinaryOperator", "java.util.function.Function", "java.util.function.UnaryOperator"}) {
            c.line("import " + imp + ";");
        }
        for (String v : spec.variables()) {
            TlaType t = types.get(v);
            if (!javaTypes.isValue(t) && !t.scalar()) {
                c.line("import static " + pkg + "." + stateType + "." + codecFields.get(v) + ";");
            }
        }
        c.blank();
        c.raw(JavaText.javadoc("", "The spec " + spec.moduleName() + " projected into Java: one guard and one effect "
                + "per action,\nthe spec's operators, the initial states and the next-state relation. Extend it in "
                + type + "\nto implement what could not be translated (the abstract methods).", null));
        c.line("@SuppressWarnings({\"unused\", \"unchecked\"})");
        c.open("public abstract class " + baseType + " implements SpecMachine<" + stateType + "> {");
        c.line("/** The spec's module name. */");
        c.line("public static final String SPEC_NAME = " + JavaText.literal(spec.moduleName()) + ";");
        c.line("/** SHA-256 of the spec this class was generated from (see {@code lockstep generate --check}). */");
        c.line("public static final String SPEC_SHA256 = " + JavaText.literal(sha) + ";");
        c.blank();
        c.line("/** The values of the spec's constants. */");
        c.line("protected final " + constantsType + " constants;");
        c.blank();
        if (environment.isEmpty()) {
            c.open("protected " + baseType + "(" + constantsType + " constants) {");
            c.line("this.constants = Objects.requireNonNull(constants, \"constants\");");
            c.close("}");
        } else {
            c.line("/** The outside world: told what each step taken did to the variables that model it. */");
            c.line("protected final " + environmentType + " environment;");
            c.blank();
            c.line("/** With no environment: the spec's variables are the whole world (simulation, tests). */");
            c.open("protected " + baseType + "(" + constantsType + " constants) {");
            c.line("this(constants, " + environmentType + ".NONE);");
            c.close("}");
            c.blank();
            c.open("protected " + baseType + "(" + constantsType + " constants, " + environmentType + " environment) {");
            c.line("this.constants = Objects.requireNonNull(constants, \"constants\");");
            c.line("this.environment = Objects.requireNonNull(environment, \"environment\");");
            c.close("}");
        }
        c.blank();
        c.line("@Override");
        c.open("public String specName() {");
        c.line("return SPEC_NAME;");
        c.close("}");
        c.blank();
        c.line("@Override");
        c.open("public Map<String, Value> variables(" + stateType + " s) {");
        c.line("return s.variables();");
        c.close("}");
        c.blank();
        initMethods(c);
        if (enabled != null) {
            c.raw(enabled);
        } else {
            abstractMethod(c, "enabled", "public List<ActionCall> enabled(" + stateType + " s)",
                    "The action instances enabled in s. Not translated: the next-state relation could not be split.",
                    spec.definition(nextName).range(), "return List.of();");
        }
        c.blank();
        stepMethod(c);
        takenMethod(c);
        for (ActionModel a : actions.values()) {
            actionMethods(a, c);
        }
        definitionMethods(c);
        ex.owner(null);
        holeMethods(c);
        c.close("}");
        return c.toString();
    }

    private void initMethods(Code c) {
        Definition init = spec.definition(initName);
        String doc = "An initial state, chosen among those of " + initName + " with {@code choice}.";
        if (init != null) {
            JavaNames names = methodNames();
            Code body = new Code(2);
            try {
                new ActionCompiler(spec, ex, this::newState).successors(init.body(), Scope.method(names, "null", true),
                        body, initName);
                c.raw(JavaText.javadoc("    ", "Every initial state, each with the choices that lead to it.",
                        tla(init.range())));
                c.open("protected void initSuccessors(Successors<" + stateType + "> out) {");
                c.raw(body.toString());
                c.close("}");
                c.blank();
                c.line("/** Every initial state of the spec. */");
                c.open("public List<" + stateType + "> initialStates() {");
                c.line("Successors<" + stateType + "> out = new Successors<>();");
                c.line("initSuccessors(out);");
                c.line("List<" + stateType + "> states = new ArrayList<>();");
                c.line("out.found().forEach(f -> states.add(f.state()));");
                c.line("return states;");
                c.close("}");
                c.blank();
                c.line("/** " + doc + " */");
                c.line("@Override");
                c.open("public " + stateType + " init(Choice choice) {");
                c.line("Successors<" + stateType + "> out = new Successors<>();");
                c.line("initSuccessors(out);");
                c.line(stateType + " state = out.pick(choice);");
                c.open("if (state == null) {");
                c.line("throw new TlaEvaluationException(\"the spec has no initial state\");");
                c.close("}");
                c.line("return state;");
                c.close("}");
                c.blank();
                return;
            } catch (Untranslatable u) {
                notTranslated(initName, u, init.range());
            }
        }
        abstractMethod(c, "init", "public " + stateType + " init(Choice choice)", doc + " Not translated.",
                init == null ? null : init.range(), null);
    }

    private String newState(Map<String, String> assigned) {
        StringJoiner j = new StringJoiner(", ", "new " + stateType + "(", ")");
        for (String v : spec.variables()) {
            j.add(toVariable(v, assigned.get(v)));
        }
        return j.toString();
    }

    private void stepMethod(Code c) {
        c.line("/** The state after {@code call} in {@code s}, or null when the call is not enabled. */");
        c.line("@Override");
        c.open("public " + stateType + " step(" + stateType + " s, ActionCall call, Choice choice) {");
        c.line("Map<String, Value> p = call.params();");
        Map<String, List<ActionModel>> byName = new LinkedHashMap<>();
        actions.values().forEach(a -> byName.computeIfAbsent(a.logName(), k -> new ArrayList<>()).add(a));
        c.open("switch (call.action()) {");
        for (Map.Entry<String, List<ActionModel>> e : byName.entrySet()) {
            c.open("case " + JavaText.literal(e.getKey()) + ": {");
            List<ActionModel> as = e.getValue();
            if (as.size() == 1) {
                ActionModel a = as.get(0);
                c.line("return " + a.javaName() + "(s" + paramArgs(a) + ", choice);");
            } else {
                c.line("// several parts of the next-state relation carry this name: take any enabled one");
                c.line("Successors<" + stateType + "> out = new Successors<>();");
                int k = 1;
                for (ActionModel a : as) {
                    String keys = a.params().stream().map(JavaText::literal).reduce((x, y) -> x + ", " + y).orElse("");
                    c.open("if (p.keySet().equals(Set.of(" + keys + ")) && "
                            + naming.method("enabled:" + a.javaName(), a.javaName() + "Enabled") + "(s" + paramArgs(a) + ")) {");
                    c.line("out.push(" + JavaText.literal(e.getKey() + ":part") + ", Tla.integer(" + k++ + "));");
                    c.line("out.emit(" + a.javaName() + "(s" + paramArgs(a) + ", choice));");
                    c.line("out.pop();");
                    c.close("}");
                }
                c.line("return out.pick(choice);");
            }
            c.close("}");
        }
        c.line("default:");
        c.line("    throw new IllegalArgumentException(\"" + spec.moduleName().replaceAll("[^A-Za-z0-9_]", "_")
                + " has no action \" + call.action());");
        c.close("}");
        c.close("}");
        c.blank();
    }

    private String paramArgs(ActionModel a) {
        StringBuilder sb = new StringBuilder();
        List<TlaType> ts = paramTypes(a);
        for (int i = 0; i < a.params().size(); i++) {
            sb.append(", ").append(javaTypes.decode(ts.get(i), "p.get(" + JavaText.literal(a.params().get(i)) + ")"));
        }
        return sb.toString();
    }

    private void actionMethods(ActionModel a, Code c) {
        JavaNames names = methodNames();
        Scope sc = Scope.method(names, "s", false);
        StringJoiner sig = new StringJoiner(", ");
        StringJoiner args = new StringJoiner(", ");
        sig.add(stateType + " s");
        args.add("s");
        List<TlaType> ptypes = paramTypes(a);
        for (int i = 0; i < a.params().size(); i++) {
            String p = a.params().get(i);
            String x = names.fresh(p);
            sig.add(javaTypes.type(ptypes.get(i)) + " " + x);
            args.add(x);
            sc = sc.local(p, javaTypes.encode(ptypes.get(i), x));
        }
        String guardName = naming.method("guard:" + a.javaName(), a.javaName() + "Guard");
        String enabledName = naming.method("enabled:" + a.javaName(), a.javaName() + "Enabled");
        String succName = naming.method("successors:" + a.javaName(), a.javaName() + "Successors");
        String text = tla(a.range());
        String label = a.logName() + (a.params().isEmpty() ? "" : "(" + String.join(", ", a.params()) + ")");
        // guard: the conjuncts that mention no primed variable
        String guard = null;
        ex.owner(a.logName());
        int mark = ex.mark();
        try {
            StringJoiner g = new StringJoiner("\n                && ");
            for (Expr conj : Exprs.conjuncts(a.body())) {
                if (!spec.isAction(conj)) {
                    g.add(ex.bool(conj, sc));
                }
            }
            guard = g.length() == 0 ? "true" : g.toString();
        } catch (Untranslatable u) {
            ex.rollback(mark);
            notTranslated(a.logName() + " (guard)", u, a.range());
        }
        String succ = null;
        mark = ex.mark();
        try {
            Code body = new Code(2);
            new ActionCompiler(spec, ex, this::newState).successors(a.body(), sc, body, a.logName());
            succ = body.toString();
        } catch (Untranslatable u) {
            ex.rollback(mark);
            notTranslated(a.logName(), u, a.range());
        }
        String guardDoc = "The guard of " + label + ": the conjuncts that mention no primed variable.";
        if (guard != null) {
            c.raw(JavaText.javadoc("    ", guardDoc, text));
            c.open("public boolean " + guardName + "(" + sig + ") {");
            c.line("return " + guard + ";");
            c.close("}");
            c.blank();
        } else {
            abstractMethod(c, guardName, "public boolean " + guardName + "(" + sig + ")", guardDoc + " Not translated.",
                    a.range(), null);
        }
        if (succ != null) {
            c.raw(JavaText.javadoc("    ", "Every successor of s by " + label + ", with the choices that lead to it.",
                    null));
            c.open("protected void " + succName + "(" + sig + ", Successors<" + stateType + "> out) {");
            c.raw(succ);
            c.close("}");
            c.blank();
            c.line("/** Whether " + JavaText.commentSafe(label) + " is enabled in s: its guard holds and it has a successor. */");
            c.open("public boolean " + enabledName + "(" + sig + ") {");
            c.open("if (!" + guardName + "(" + args + ")) {");
            c.line("return false;");
            c.close("}");
            c.line("Successors<" + stateType + "> out = new Successors<>();");
            c.line(succName + "(" + args + ", out);");
            c.line("return !out.isEmpty();");
            c.close("}");
            c.blank();
            c.raw(JavaText.javadoc("    ", "The effect of " + label + ": the state after the step, or null when it "
                    + "is not enabled.\nNondeterminism inside the action is resolved by choice.", text));
            c.open("public " + stateType + " " + a.javaName() + "(" + sig + ", Choice choice) {");
            c.open("if (!" + guardName + "(" + args + ")) {");
            c.line("return null;");
            c.close("}");
            c.line("Successors<" + stateType + "> out = new Successors<>();");
            c.line(succName + "(" + args + ", out);");
            c.line("return out.pick(choice);");
            c.close("}");
            c.blank();
        } else {
            c.line("/** Whether " + JavaText.commentSafe(label) + " is enabled in s (its guard; the effect is yours). */");
            c.open("public boolean " + enabledName + "(" + sig + ") {");
            c.line("return " + guardName + "(" + args + ");");
            c.close("}");
            c.blank();
            abstractMethod(c, a.javaName(), "public " + stateType + " " + a.javaName() + "(" + sig + ", Choice choice)",
                    "The effect of " + label + ": the state after the step, or null when it is not enabled. "
                            + "Not translated: implement it, resolving nondeterminism with choice.", a.range(), null);
        }
    }

    /** Whether a definition other than a temporal formula mentions {@code name} (an invariant using Init). */
    private boolean usedAsPredicate(String name) {
        return spec.definitions().values().stream().anyMatch(d -> !spec.isTemporalDef(d.name()) && !d.name().equals(name)
                && Exprs.any(d.body(), e -> e instanceof Expr.NameExpr n && n.name().text().equals(name)));
    }

    private void definitionMethods(Code c) {
        for (Definition d : spec.definitions().values()) {
            if (spec.isActionDef(d.name()) || spec.isTemporalDef(d.name()) || d.higherOrder() && !d.hasOperatorParams()
                    || d.name().equals(initName) && !usedAsPredicate(initName) || d.name().equals(nextName)) {
                continue;
            }
            JavaNames names = methodNames();
            Scope sc = Scope.method(names, "s", false);
            StringJoiner sig = new StringJoiner(", ");
            sig.add(stateType + " s");
            for (int i = 0; i < d.params().size(); i++) {
                String p = d.params().get(i);
                String x = names.fresh(p);
                int arity = d.arities().get(i);
                sig.add((arity > 0 ? ExprCompiler.operatorType(arity) : "Value") + " " + x);
                sc = arity > 0 ? sc.bind(p, new Scope.OpParam(x, arity)) : sc.local(p, x);
            }
            String m = naming.method(d.name());
            String signature = "public Value " + m + "(" + sig + ")";
            String doc = "The spec's operator " + d.name() + (d.params().isEmpty() ? "" : "(" + String.join(", ", d.params()) + ")")
                    + ", evaluated in state s.";
            if (d.recursiveFunction()) {
                notTranslated(d.name(), new Untranslatable(d.body(), "recursive function definitions are not translated"),
                        d.range());
                abstractMethod(c, m, signature, doc + " Not translated (recursive function).", d.range(), null);
                continue;
            }
            ex.owner(d.name());
            int mark = ex.mark();
            try {
                String body = ex.valueWithoutHole(d.body(), sc);
                c.raw(JavaText.javadoc("    ", doc, tla(d.range())));
                c.open(signature + " {");
                c.line("return " + body + ";");
                c.close("}");
                c.blank();
            } catch (Untranslatable u) {
                ex.rollback(mark);
                notTranslated(d.name(), u, d.range());
                abstractMethod(c, m, signature, doc + " Not translated: " + u.getMessage() + ".", d.range(), null);
            }
        }
    }

    /** The parts of expressions that are not translated: methods the user implements. */
    private void holeMethods(Code c) {
        for (ExprCompiler.Hole h : ex.holes()) {
            StringJoiner sig = new StringJoiner(", ", (h.bool() ? "protected boolean " : "protected Value ") + h.method()
                    + "(", ")");
            sig.add(stateType + " s");
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
                            + "); it becomes the method " + h.method() + " for you to implement in " + type));
        }
    }

    private void notTranslated(String what, Untranslatable u, SourceRange fallback) {
        untranslated.add(what);
        diagnostics.add(Diagnostic.warning(DiagnosticCode.LS702_NOT_TRANSLATED, range(u, fallback),
                what + " is not translated (" + u.getMessage() + "); it becomes a method for you to implement in " + type));
    }

    private static SourceRange range(Untranslatable u, SourceRange fallback) {
        return u.where != null && u.where.range() != null ? u.where.range() : fallback;
    }

    /**
     * An abstract method in the base class and its stub in the user class. {@code defaultBody}
     * (may be null) is only used for the stub when given.
     */
    private void abstractMethod(Code c, String name, String signature, String doc, SourceRange range, String defaultBody) {
        String text = range == null ? null : tla(range);
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

    // ---------------------------------------------------------------- environment

    /** Whether storage variable {@code v} is a function (written key by key). */
    private boolean keyed(String v) {
        TlaType t = types.get(v);
        return t instanceof TlaType.FunctionOf || t instanceof TlaType.AnyFunction;
    }

    /** The notifications one part of the environment gets: method name, parameters, Javadoc. */
    private List<String[]> partMethods(EnvironmentAnalysis.Part p) {
        List<String[]> out = new ArrayList<>();
        java.util.Set<String> receivers = new LinkedHashSet<>(p.removers());
        receivers.removeAll(p.droppers());
        switch (p.kind()) {
            case MESSAGE_SET -> {
                out.add(new String[] {"send", "Value message", "A message was put in flight" + actions(" (in the spec: ",
                        p.adders(), ")") + "."});
                out.add(new String[] {"receive", "Value message", "A message was taken out of flight by its receiver"
                        + actions(" (in the spec: ", receivers, ")") + "."});
                if (!p.droppers().isEmpty()) {
                    out.add(new String[] {"lose", "Value message", "A message was lost" + actions(" (in the spec: ",
                            p.droppers(), ")") + "."});
                }
            }
            case FIFO_CHANNEL -> {
                out.add(new String[] {"enqueue", "Value message", "A message was appended at the end" + actions(
                        " (in the spec: ", p.adders(), ")") + "."});
                out.add(new String[] {"dequeue", "Value message", "The message at the head was taken" + actions(
                        " (in the spec: ", p.removers(), ")") + "."});
            }
            case FIFO_CHANNELS -> {
                out.add(new String[] {"enqueue", "Value channel, Value message", "A message was appended at the end of "
                        + "channel" + actions(" (in the spec: ", p.adders(), ")") + "."});
                out.add(new String[] {"dequeue", "Value channel, Value message", "The message at the head of channel was "
                        + "taken" + actions(" (in the spec: ", p.removers(), ")") + "."});
            }
            case CLOCK -> out.add(new String[] {"advance", "long now", "The clock moved to now" + actions(
                    " (in the spec: ", p.writers(), ")") + "."});
            case STORAGE -> {
                if (keyed(p.variable())) {
                    out.add(new String[] {"write", "Value key, Value value", "value was stored under key" + actions(
                            " (in the spec: ", p.writers(), ")") + "."});
                    out.add(new String[] {"delete", "Value key", "key was removed."});
                } else {
                    out.add(new String[] {"write", "Value value", "value was stored" + actions(" (in the spec: ",
                            p.writers(), ")") + "."});
                }
            }
            default -> throw new IllegalStateException(p.kind().toString());
        }
        return out;
    }

    private String environmentInterfaces(List<EnvironmentAnalysis.Part> parts) {
        Code c = new Code(0);
        c.raw(generatedHeader());
        c.line("import dev.lockstep.runtime.value.Value;");
        c.blank();
        c.raw(JavaText.javadoc("", "The outside world of " + spec.moduleName() + " as the spec models it: the variables "
                + "that stand for\nnetworks, clocks and storage. The spec's variables stay the truth (they are what is "
                + "logged\nand validated); after each step the step runner takes, " + baseType + ".taken tells these\n"
                + "interfaces what the step did to them, so your implementation (" + environmentType + "Impl) does it\n"
                + "for real. Each interface says what the spec assumes: an implementation that guarantees more\nis safe; "
                + "one that guarantees less is not covered by what TLC checked.", null));
        c.open("public interface " + environmentType + " {");
        c.line("/** No outside world: every notification is ignored. */");
        c.line(environmentType + " NONE = new " + environmentType + "() {");
        c.line("};");
        for (EnvironmentAnalysis.Part p : parts) {
            c.blank();
            String name = partTypes.get(p.variable());
            c.raw(JavaText.javadoc("    ", environmentDoc(p), null));
            c.open("interface " + name + " {");
            boolean first = true;
            for (String[] m : partMethods(p)) {
                if (!first) {
                    c.blank();
                }
                first = false;
                c.line("/** " + JavaText.commentSafe(m[2]) + " */");
                c.open("default void " + m[0] + "(" + m[1] + ") {");
                c.close("}");
            }
            c.close("}");
            c.blank();
            c.line("/** " + JavaText.commentSafe("The " + p.variable() + " part of the outside world (ignored by default).")
                    + " */");
            c.open("default " + name + " " + partAccessors.get(p.variable()) + "() {");
            c.line("return new " + name + "() {");
            c.line("};");
            c.close("}");
        }
        c.close("}");
        return c.toString();
    }

    /** The user's implementation of the environment, created once. */
    private String environmentImpl(List<EnvironmentAnalysis.Part> parts) {
        Code c = new Code(0);
        c.raw(userHeader());
        c.line("import dev.lockstep.runtime.value.Value;");
        c.blank();
        c.raw(JavaText.javadoc("", "Your implementation of " + environmentType + ": connect each part to the real "
                + "network, clock or\nstorage. " + type + " passes it to " + baseType + ", which calls it after every "
                + "step the step runner\ntakes. Regenerating never touches this file.", null));
        c.open("public class " + environmentType + "Impl implements " + environmentType + " {");
        boolean first = true;
        for (EnvironmentAnalysis.Part p : parts) {
            if (!first) {
                c.blank();
            }
            first = false;
            String name = partTypes.get(p.variable());
            String field = partAccessors.get(p.variable());
            c.open("private final " + name + " " + field + " = new " + name + "() {");
            boolean firstMethod = true;
            for (String[] m : partMethods(p)) {
                if (!firstMethod) {
                    c.blank();
                }
                firstMethod = false;
                c.line("@Override");
                c.open("public void " + m[0] + "(" + m[1] + ") {");
                c.line("// TODO: " + JavaText.commentSafe(m[2]));
                c.close("}");
            }
            c.close("};");
            c.blank();
            c.line("@Override");
            c.open("public " + name + " " + field + "() {");
            c.line("return " + field + ";");
            c.close("}");
        }
        c.close("}");
        return c.toString();
    }

    /** SpecMachine.taken: tells the environment what a step did to each variable that models it. */
    private void takenMethod(Code c) {
        if (environment.isEmpty()) {
            return;
        }
        c.line("/** Tells the environment what the step did to the variables that model it (see " + environmentType
                + "). */");
        c.line("@Override");
        c.open("public void taken(" + stateType + " before, ActionCall call, " + stateType + " after) {");
        JavaNames names = methodNames();
        names.reserve("before");
        names.reserve("after");
        names.reserve("call");
        for (EnvironmentAnalysis.Part p : environment) {
            String b = names.fresh(p.variable() + "Before");
            String a = names.fresh(p.variable() + "After");
            String part = "environment." + partAccessors.get(p.variable()) + "()";
            c.line("Value " + b + " = " + readVariable(p.variable(), "before") + ";");
            c.line("Value " + a + " = " + readVariable(p.variable(), "after") + ";");
            String m = names.fresh("m");
            switch (p.kind()) {
                case MESSAGE_SET -> {
                    c.open("for (Value " + m + " : Changes.added(" + b + ", " + a + ")) {");
                    c.line(part + ".send(" + m + ");");
                    c.close("}");
                    c.open("for (Value " + m + " : Changes.removed(" + b + ", " + a + ")) {");
                    if (p.droppers().isEmpty()) {
                        c.line(part + ".receive(" + m + ");");
                    } else {
                        StringJoiner lossy = new StringJoiner(" || ");
                        p.droppers().forEach(d -> lossy.add("call.action().equals(" + JavaText.literal(d) + ")"));
                        c.open("if (" + lossy + ") {");
                        c.line(part + ".lose(" + m + ");");
                        c.reopen("} else {");
                        c.line(part + ".receive(" + m + ");");
                        c.close("}");
                    }
                    c.close("}");
                }
                case FIFO_CHANNEL -> {
                    c.open("for (Value " + m + " : Changes.dequeued(" + b + ", " + a + ")) {");
                    c.line(part + ".dequeue(" + m + ");");
                    c.close("}");
                    c.open("for (Value " + m + " : Changes.enqueued(" + b + ", " + a + ")) {");
                    c.line(part + ".enqueue(" + m + ");");
                    c.close("}");
                }
                case FIFO_CHANNELS -> {
                    String k = names.fresh("channel");
                    String bq = names.fresh("queueBefore");
                    c.open("for (Value " + k + " : Changes.keys(" + a + ")) {");
                    c.line("Value " + bq + " = Tla.in(" + k + ", Changes.keys(" + b + ")) ? Tla.apply(" + b + ", " + k
                            + ") : Tla.tuple();");
                    c.open("for (Value " + m + " : Changes.dequeued(" + bq + ", Tla.apply(" + a + ", " + k + "))) {");
                    c.line(part + ".dequeue(" + k + ", " + m + ");");
                    c.close("}");
                    c.open("for (Value " + m + " : Changes.enqueued(" + bq + ", Tla.apply(" + a + ", " + k + "))) {");
                    c.line(part + ".enqueue(" + k + ", " + m + ");");
                    c.close("}");
                    c.close("}");
                }
                case CLOCK -> {
                    c.open("if (!" + b + ".equals(" + a + ")) {");
                    c.line(part + ".advance(Codec.toLong(" + a + "));");
                    c.close("}");
                }
                case STORAGE -> {
                    if (keyed(p.variable())) {
                        c.line("Changes.written(" + b + ", " + a + ").forEach(" + part + "::write);");
                        c.line("Changes.deleted(" + b + ", " + a + ").forEach(" + part + "::delete);");
                    } else {
                        c.open("if (!" + b + ".equals(" + a + ")) {");
                        c.line(part + ".write(" + a + ");");
                        c.close("}");
                    }
                }
                default -> throw new IllegalStateException(p.kind().toString());
            }
        }
        c.close("}");
        c.blank();
    }

    private static String actions(String prefix, java.util.Collection<String> names, String suffix) {
        return names.isEmpty() ? "" : prefix + JavaText.commentSafe(String.join(", ", names)) + suffix;
    }

    private String environmentDoc(EnvironmentAnalysis.Part p) {
        String v = p.variable();
        StringBuilder sb = new StringBuilder();
        switch (p.kind()) {
            case MESSAGE_SET -> {
                sb.append("The network modelled by the set ").append(v).append(". Unordered: any message in flight may "
                        + "be received next.");
                if (!p.readers().isEmpty()) {
                    sb.append("\nDuplicates: a message stays in the set when it is received (by ")
                            .append(String.join(", ", p.readers())).append("), so it may be received again; "
                                    + "such a receipt changes no variable and is not reported.");
                } else if (!p.removers().isEmpty()) {
                    sb.append("\nNo duplicates: a message is gone once it is received.");
                }
                if (!p.removers().isEmpty()) {
                    sb.append("\nRemoved by: ").append(String.join(", ", p.removers())).append('.');
                }
            }
            case FIFO_CHANNEL -> sb.append("The channel modelled by the sequence ").append(v)
                    .append(". Ordered (FIFO): messages are received in the order they were sent.");
            case FIFO_CHANNELS -> sb.append("The channels modelled by the function of sequences ").append(v)
                    .append(". Ordered (FIFO) per channel; no order between channels.");
            case CLOCK -> sb.append("The clock modelled by the integer ").append(v).append(". Logical time: it moves "
                    + "only when the spec says so.");
            case STORAGE -> sb.append("The storage modelled by ").append(v).append('.');
            default -> { }
        }
        if (p.kind() == EnvironmentAnalysis.Kind.MESSAGE_SET || p.kind() == EnvironmentAnalysis.Kind.FIFO_CHANNEL
                || p.kind() == EnvironmentAnalysis.Kind.FIFO_CHANNELS) {
            sb.append(p.droppers().isEmpty() ? "\nReliable: no action of the spec loses a message."
                    : "\nLossy: messages are lost by " + String.join(", ", p.droppers())
                    + " (removed, nothing else changes).");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- user files

    private String userClass() {
        Code c = new Code(0);
        c.raw(userHeader());
        c.line("import dev.lockstep.runtime.choice.Choice;");
        c.line("import dev.lockstep.runtime.machine.ActionCall;");
        c.line("import dev.lockstep.runtime.value.FunctionValue;");
        c.line("import dev.lockstep.runtime.value.ModelValue;");
        c.line("import dev.lockstep.runtime.value.SetValue;");
        c.line("import dev.lockstep.runtime.value.Value;");
        c.line("import java.util.List;");
        c.line("import java.util.Map;");
        c.line("import java.util.Set;");
        c.line("import java.util.function.BinaryOperator;");
        c.line("import java.util.function.Function;");
        c.line("import java.util.function.UnaryOperator;");
        c.blank();
        c.raw(JavaText.javadoc("", "Your implementation of " + spec.moduleName() + ". The generated " + baseType
                + " holds everything\nthat was translated from the spec; implement here what was not (the methods "
                + "below), and\noverride effects to call your real code. Regenerating never touches this file.", null));
        c.line("@SuppressWarnings(\"unused\")");
        c.open("public class " + type + " extends " + baseType + " {");
        if (environment.isEmpty()) {
            c.open("public " + type + "(" + constantsType + " constants) {");
            c.line("super(constants);");
            c.close("}");
        } else {
            c.line("/** With your implementation of the outside world, " + environmentType + "Impl. */");
            c.open("public " + type + "(" + constantsType + " constants) {");
            c.line("this(constants, new " + environmentType + "Impl());");
            c.close("}");
            c.blank();
            c.open("public " + type + "(" + constantsType + " constants, " + environmentType + " environment) {");
            c.line("super(constants, environment);");
            c.close("}");
        }
        for (String stub : userStubs) {
            c.blank();
            c.raw(stub);
        }
        c.close("}");
        return c.toString();
    }

    private String mainClass() {
        Code c = new Code(0);
        c.raw(userHeader());
        c.line("import dev.lockstep.runtime.choice.RandomChoice;");
        c.line("import dev.lockstep.runtime.machine.StepRunner;");
        c.line("import dev.lockstep.runtime.machine.StuckException;");
        c.line("import dev.lockstep.runtime.trace.NativeLogCodec;");
        c.line("import dev.lockstep.runtime.trace.NdjsonTraceSink;");
        c.line("import dev.lockstep.runtime.trace.TraceWriter;");
        c.line("import java.io.IOException;");
        c.line("import java.nio.file.Path;");
        c.blank();
        c.raw(JavaText.javadoc("", "The wiring: runs " + spec.moduleName() + " under a seeded random scheduler and "
                + "writes every step\nto a native log that `lockstep validate " + specFile + " --trace FILE` checks.\n"
                + "Usage: " + type + "Main [steps] [seed] [log file]", null));
        c.open("public final class " + type + "Main {");
        c.open("private " + type + "Main() {");
        c.close("}");
        c.blank();
        c.open("public static void main(String[] args) throws IOException {");
        c.line("int exit = run(args);");
        c.open("if (exit != 0) {");
        c.line("System.exit(exit);");
        c.close("}");
        c.close("}");
        c.blank();
        c.raw(JavaText.javadoc("    ", "Runs the spec and returns the exit code: 0, or 11 (TLC's deadlock code) when the "
                + "implementation\nis stuck where the spec is not"
                + (deadlockIsError() ? ", or the behaviour deadlocks (no action of the spec is enabled)" : "") + ".", null));
        c.open("public static int run(String... args) throws IOException {");
        c.line("int steps = args.length > 0 ? Integer.parseInt(args[0]) : 100;");
        c.line("long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;");
        c.line("Path log = Path.of(args.length > 2 ? args[2] : " + JavaText.literal(type + ".ndjson") + ");");
        boolean fromConfig = config.isPresent() && spec.constants().stream().allMatch(k -> config.get().constants().containsKey(k));
        if (fromConfig) {
            c.line(constantsType + " constants = " + constantsType + ".fromConfig();");
        } else {
            StringJoiner nulls = new StringJoiner(", ");
            spec.constants().forEach(k -> nulls.add("null"));
            c.line("// TODO: give the constants their values (" + safeLine(String.join(", ", spec.constants())) + ")");
            c.line(constantsType + " constants = new " + constantsType + "(" + nulls + ");");
        }
        c.line(type + " spec = new " + type + "(constants);");
        c.open("try (TraceWriter writer = TraceWriter.to(NdjsonTraceSink.create(log, NativeLogCodec.plain())).build()) {");
        c.line("StepRunner<" + stateType + "> runner = new StepRunner<>(spec, new RandomChoice(seed), writer);");
        c.line("runner.start();");
        c.line("int taken;");
        c.open("try {");
        c.line("taken = runner.run(steps);");
        c.reopen("} catch (StuckException e) {");
        c.line("System.err.println(log + \": error: \" + e.getMessage());");
        c.line("return 11;");
        c.close("}");
        c.line("System.out.println(taken + \" steps of \" + spec.specName() + \" logged to \" + log);");
        if (deadlockIsError()) {
            c.open("if (runner.deadlocked()) {");
            c.line("System.err.println(log + \": error: deadlock after \" + taken + \" step(s): no action of the spec is"
                    + " enabled\");");
            c.line("return 11;");
            c.close("}");
        }
        c.close("}");
        c.line("return 0;");
        c.close("}");
        c.close("}");
        return c.toString();
    }

    /** Whether the config leaves TLC's deadlock check on (no CHECK_DEADLOCK FALSE). */
    private boolean deadlockIsError() {
        return config.map(ModelConfig::checkDeadlock).orElse(true);
    }
}
