package dev.lockstep.translator.emit;

import dev.lockstep.runtime.value.BoolValue;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.ModelValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.StrValue;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.translator.ModelConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes {@code <T>Constants}: a record with one component per CONSTANT, with {@code fromConfig()}
 * when the model configuration gives every constant a plain value, and an enum per constant the
 * configuration sets to model values.
 */
final class ConstantsEmitter {
    private final EmitContext cx;

    ConstantsEmitter(EmitContext cx) {
        this.cx = cx;
    }

    String emit() {
        Code c = new Code(0);
        c.raw(cx.generatedHeader());
        c.imports("dev.lockstep.runtime.value.BoolValue", "dev.lockstep.runtime.value.Codec",
                "dev.lockstep.runtime.value.ModelValue", "dev.lockstep.runtime.value.Tla",
                "dev.lockstep.runtime.value.Value", "dev.lockstep.runtime.value.Values");
        c.blank();
        c.raw(JavaText.javadoc("", "The constants of " + cx.spec().moduleName() + " (CONSTANT declarations), as a model "
                + "configuration fixes them.", null));
        c.line("@SuppressWarnings(\"unused\")");
        StringJoiner comps = new StringJoiner(", ");
        for (String k : cx.spec().constants()) {
            comps.add("Value " + cx.naming().constant(k));
        }
        c.open("public record " + cx.constantsType() + "(" + comps + ") {");
        if (cx.config().isPresent()) {
            ModelConfig cfg = cx.config().get();
            List<String> missing = new ArrayList<>();
            StringJoiner vals = new StringJoiner(",\n                ");
            for (String k : cx.spec().constants()) {
                Value v = cfg.constants().get(k);
                if (v == null) {
                    missing.add(k);
                } else {
                    vals.add(javaValue(v));
                }
            }
            if (missing.isEmpty()) {
                c.line("/** The values given by the model configuration. */");
                c.open("public static " + cx.constantsType() + " fromConfig() {");
                c.line("return new " + cx.constantsType() + "(" + vals + ");");
                c.close("}");
            } else {
                c.line("// The configuration gives no plain value to: " + EmitContext.safeLine(String.join(", ", missing))
                        + "; construct this record yourself.");
            }
            for (Map.Entry<String, String> e : cx.modelValueEnums().entrySet()) {
                List<String> members = new ArrayList<>();
                ((SetValue) cfg.constants().get(e.getKey())).elements().forEach(m -> members.add(((ModelValue) m).name()));
                ValueEnums.write(c, e.getValue(), members, true, "The model values of " + e.getKey() + " in the configuration");
            }
        }
        c.close("}");
        return c.toString();
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

}
