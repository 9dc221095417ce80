package dev.lockstep.translator.emit;

import dev.lockstep.translator.analysis.EnvironmentAnalysis;
import dev.lockstep.translator.analysis.TlaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the outside world of a spec (see {@link EnvironmentAnalysis}): {@code <T>Environment},
 * one interface per variable that models a network, clock or storage, saying what the spec assumes
 * of it; {@code <T>EnvironmentImpl}, created once for the user; and the base class's {@code taken}
 * method, which tells the environment what each step did to those variables.
 */
final class EnvironmentEmitter {
    private final EmitContext cx;

    EnvironmentEmitter(EmitContext cx) {
        this.cx = cx;
    }

    /** Whether storage variable {@code v} is a function (written key by key). */
    private boolean keyed(String v) {
        TlaType t = cx.types().get(v);
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

    /** The environment interfaces. */
    String interfaces() {
        List<EnvironmentAnalysis.Part> parts = cx.environment();
        Code c = new Code(0);
        c.raw(cx.generatedHeader());
        c.line("import dev.lockstep.runtime.value.Value;");
        c.blank();
        c.raw(JavaText.javadoc("", "The outside world of " + cx.spec().moduleName() + " as the spec models it: the variables "
                + "that stand for\nnetworks, clocks and storage. The spec's variables stay the truth (they are what is "
                + "logged\nand validated); after each step the step runner takes, " + cx.baseType() + ".taken tells these\n"
                + "interfaces what the step did to them, so your implementation (" + cx.environmentType() + "Impl) does it\n"
                + "for real. Each interface says what the spec assumes: an implementation that guarantees more\nis safe; "
                + "one that guarantees less is not covered by what TLC checked.", null));
        c.open("public interface " + cx.environmentType() + " {");
        c.line("/** No outside world: every notification is ignored. */");
        c.line(cx.environmentType() + " NONE = new " + cx.environmentType() + "() {");
        c.line("};");
        for (EnvironmentAnalysis.Part p : parts) {
            c.blank();
            String name = cx.partTypes().get(p.variable());
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
            c.open("default " + name + " " + cx.partAccessors().get(p.variable()) + "() {");
            c.line("return new " + name + "() {");
            c.line("};");
            c.close("}");
        }
        c.close("}");
        return c.toString();
    }

    /** The user's implementation of the environment, created once. */
    String implementation() {
        List<EnvironmentAnalysis.Part> parts = cx.environment();
        Code c = new Code(0);
        c.raw(cx.userHeader());
        c.line("import dev.lockstep.runtime.value.Value;");
        c.blank();
        c.raw(JavaText.javadoc("", "Your implementation of " + cx.environmentType() + ": connect each part to the real "
                + "network, clock or\nstorage. " + cx.type() + " passes it to " + cx.baseType() + ", which calls it after every "
                + "step the step runner\ntakes. Regenerating never touches this file.", null));
        c.open("public class " + cx.environmentType() + "Impl implements " + cx.environmentType() + " {");
        boolean first = true;
        for (EnvironmentAnalysis.Part p : parts) {
            if (!first) {
                c.blank();
            }
            first = false;
            String name = cx.partTypes().get(p.variable());
            String field = cx.partAccessors().get(p.variable());
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
    void takenMethod(Code c) {
        if (cx.environment().isEmpty()) {
            return;
        }
        c.line("/** Tells the environment what the step did to the variables that model it (see " + cx.environmentType()
                + "). */");
        c.line("@Override");
        c.open("public void taken(" + cx.stateType() + " before, ActionCall call, " + cx.stateType() + " after) {");
        JavaNames names = EmitContext.methodNames();
        names.reserve("before");
        names.reserve("after");
        names.reserve("call");
        for (EnvironmentAnalysis.Part p : cx.environment()) {
            String b = names.fresh(p.variable() + "Before");
            String a = names.fresh(p.variable() + "After");
            String part = "environment." + cx.partAccessors().get(p.variable()) + "()";
            c.line("Value " + b + " = " + cx.readVariable(p.variable(), "before") + ";");
            c.line("Value " + a + " = " + cx.readVariable(p.variable(), "after") + ";");
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
}
