package dev.lockstep.translator.emit;

import java.util.List;

/**
 * Writes {@code <T>}, created once for the user: it extends the base class and holds a stub for
 * each part of the spec that was not translated.
 */
final class UserClassEmitter {
    private final EmitContext cx;
    private final List<String> userStubs;

    /** @param userStubs the stubs of the base class's abstract methods, in order */
    UserClassEmitter(EmitContext cx, List<String> userStubs) {
        this.cx = cx;
        this.userStubs = List.copyOf(userStubs);
    }

    String emit() {
        Code c = new Code(0);
        c.raw(cx.userHeader());
        c.imports("dev.lockstep.runtime.choice.Choice", "dev.lockstep.runtime.machine.ActionCall",
                "dev.lockstep.runtime.value.FunctionValue", "dev.lockstep.runtime.value.ModelValue",
                "dev.lockstep.runtime.value.SetValue", "dev.lockstep.runtime.value.Value", "java.util.List",
                "java.util.Map", "java.util.Set", "java.util.function.BinaryOperator", "java.util.function.Function",
                "java.util.function.UnaryOperator");
        c.blank();
        c.raw(JavaText.javadoc("", "Your implementation of " + cx.spec().moduleName() + ". The generated " + cx.baseType()
                + " holds everything\nthat was translated from the spec; implement here what was not (the methods "
                + "below), and\noverride effects to call your real code. Regenerating never touches this file.", null));
        c.line("@SuppressWarnings(\"unused\")");
        c.open("public class " + cx.type() + " extends " + cx.baseType() + " {");
        if (cx.environment().isEmpty()) {
            c.open("public " + cx.type() + "(" + cx.constantsType() + " constants) {");
            c.line("super(constants);");
            c.close("}");
        } else {
            c.line("/** With your implementation of the outside world, " + cx.environmentType() + "Impl. */");
            c.open("public " + cx.type() + "(" + cx.constantsType() + " constants) {");
            c.line("this(constants, new " + cx.environmentType() + "Impl());");
            c.close("}");
            c.blank();
            c.open("public " + cx.type() + "(" + cx.constantsType() + " constants, " + cx.environmentType() + " environment) {");
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
}
