package dev.lockstep.translator.emit;

import java.util.StringJoiner;

/**
 * Writes {@code <T>Main}, created once for the user: the wiring that runs the spec under a seeded
 * random scheduler and writes the native log that {@code lockstep validate} checks.
 */
final class MainEmitter {
    private final EmitContext cx;

    MainEmitter(EmitContext cx) {
        this.cx = cx;
    }

    String emit() {
        Code c = new Code(0);
        c.raw(cx.userHeader());
        c.imports("dev.lockstep.runtime.choice.RandomChoice", "dev.lockstep.runtime.machine.StepRunner",
                "dev.lockstep.runtime.trace.NativeLogCodec", "dev.lockstep.runtime.trace.NdjsonTraceSink",
                "dev.lockstep.runtime.trace.TraceWriter", "java.io.IOException", "java.nio.file.Path");
        c.blank();
        c.raw(JavaText.javadoc("", "The wiring: runs " + cx.spec().moduleName() + " under a seeded random scheduler and "
                + "writes every step\nto a native log that `lockstep validate " + cx.specFile() + " --trace FILE` checks.\n"
                + "Usage: " + cx.type() + "Main [steps] [seed] [log file]", null));
        c.open("public final class " + cx.type() + "Main {");
        c.open("private " + cx.type() + "Main() {");
        c.close("}");
        c.blank();
        c.open("public static void main(String[] args) throws IOException {");
        c.line("int steps = args.length > 0 ? Integer.parseInt(args[0]) : 100;");
        c.line("long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;");
        c.line("Path log = Path.of(args.length > 2 ? args[2] : " + JavaText.literal(cx.type() + ".ndjson") + ");");
        boolean fromConfig = cx.config().isPresent() && cx.spec().constants().stream().allMatch(k -> cx.config().get().constants().containsKey(k));
        if (fromConfig) {
            c.line(cx.constantsType() + " constants = " + cx.constantsType() + ".fromConfig();");
        } else {
            StringJoiner nulls = new StringJoiner(", ");
            cx.spec().constants().forEach(k -> nulls.add("null"));
            c.line("// TODO: give the constants their values (" + EmitContext.safeLine(String.join(", ", cx.spec().constants())) + ")");
            c.line(cx.constantsType() + " constants = new " + cx.constantsType() + "(" + nulls + ");");
        }
        c.line(cx.type() + " spec = new " + cx.type() + "(constants);");
        c.open("try (TraceWriter writer = TraceWriter.to(NdjsonTraceSink.create(log, NativeLogCodec.plain())).build()) {");
        c.line("StepRunner<" + cx.stateType() + "> runner = new StepRunner<>(spec, new RandomChoice(seed), writer);");
        c.line("runner.start();");
        c.line("int taken = runner.run(steps);");
        c.line("System.out.println(taken + \" steps of \" + spec.specName() + \" logged to \" + log);");
        c.close("}");
        c.close("}");
        c.close("}");
        return c.toString();
    }
}
