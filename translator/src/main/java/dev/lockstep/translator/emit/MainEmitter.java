package dev.lockstep.translator.emit;

import dev.lockstep.translator.ModelConfig;
import java.util.StringJoiner;

/**
 * Writes {@code <T>Main}, created once for the user: the wiring that runs the spec under a seeded
 * scheduler (coverage-guided by default, {@code random} on request), behaviour after behaviour
 * until the steps are used, and writes the native log that {@code lockstep validate} checks.
 */
final class MainEmitter {
    private final EmitContext cx;

    MainEmitter(EmitContext cx) {
        this.cx = cx;
    }

    String emit() {
        Code c = new Code(0);
        c.raw(cx.userHeader());
        c.imports("dev.lockstep.runtime.choice.RandomChoice", "dev.lockstep.runtime.machine.Schedule",
                "dev.lockstep.runtime.machine.StepRunner",
                "dev.lockstep.runtime.machine.StuckException", "dev.lockstep.runtime.trace.NativeLogCodec", "dev.lockstep.runtime.trace.NdjsonTraceSink",
                "dev.lockstep.runtime.trace.TraceWriter", "java.io.IOException", "java.nio.file.Path");
        c.blank();
        c.raw(JavaText.javadoc("", "The wiring: runs " + cx.spec().moduleName() + " under a seeded scheduler and writes "
                + "every step\nto a native log that `lockstep validate " + cx.specFile() + " --trace FILE` checks. The "
                + "scheduler takes the\naction instance taken least so far (`coverage`, the default) or any at random "
                + "(`random`);\nwhen a behaviour ends (it can only stutter)"
                + (deadlockIsError() ? "" : " or deadlocks") + ", the next starts from an initial state.\n"
                + "Usage: " + cx.type() + "Main [steps] [seed] [log file] [coverage|random]", null));
        c.open("public final class " + cx.type() + "Main {");
        c.open("private " + cx.type() + "Main() {");
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
        c.line("Path log = Path.of(args.length > 2 ? args[2] : " + JavaText.literal(cx.type() + ".ndjson") + ");");
        c.line("Schedule schedule = args.length > 3 ? Schedule.parse(args[3]) : Schedule.COVERAGE;");
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
        c.line("StepRunner<" + cx.stateType() + "> runner = new StepRunner<>(spec, new RandomChoice(seed), writer, schedule);");
        c.line("int taken;");
        c.open("try {");
        c.line("taken = runner.runBehaviours(steps, " + deadlockIsError() + "); // " + (deadlockIsError()
                ? "stop at a deadlock, as TLC would" : "CHECK_DEADLOCK FALSE: a deadlock ends a behaviour"));
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

    /** Whether the config leaves TLC's deadlock check on (no CHECK_DEADLOCK FALSE), as TLC's default. */
    private boolean deadlockIsError() {
        return cx.config().map(ModelConfig::checkDeadlock).orElse(true);
    }
}
