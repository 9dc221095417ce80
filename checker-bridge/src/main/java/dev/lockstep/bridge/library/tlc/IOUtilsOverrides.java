package dev.lockstep.bridge.library.tlc;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tlc2.overrides.TLAPlusOperator;
import tlc2.value.IValue;
import tlc2.value.ValueInputStream;
import tlc2.value.ValueOutputStream;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/** Java evaluation of the IOUtils module: files, processes and the environment. */
public final class IOUtilsOverrides {
    private IOUtilsOverrides() {
    }

    @TLAPlusOperator(identifier = "IOSerialize", module = "IOUtils", warn = false)
    public static Value ioSerialize(Value val, Value file, Value compress) {
        try {
            ValueOutputStream out = new ValueOutputStream(new File(Values.string("IOSerialize", file)),
                    compress == BoolValue.ValTrue);
            val.write(out);
            out.close();
            return BoolValue.ValTrue;
        } catch (IOException e) {
            throw Values.fail("IOSerialize: " + e);
        }
    }

    @TLAPlusOperator(identifier = "IODeserialize", module = "IOUtils", warn = false)
    public static IValue ioDeserialize(Value file, Value compressed) {
        try {
            ValueInputStream in = new ValueInputStream(new File(Values.string("IODeserialize", file)),
                    compressed == BoolValue.ValTrue);
            IValue v = in.read();
            in.close();
            return v;
        } catch (IOException e) {
            throw Values.fail("IODeserialize: " + e);
        }
    }

    @TLAPlusOperator(identifier = "IOExec", module = "IOUtils", warn = false)
    public static Value ioExec(Value command) {
        return run("IOExec", command(command, null), Map.of());
    }

    @TLAPlusOperator(identifier = "IOEnvExec", module = "IOUtils", warn = false)
    public static Value ioEnvExec(Value env, Value command) {
        Map<String, String> vars = new TreeMap<>();
        RecordValue r = record("IOEnvExec", env);
        for (int i = 0; i < r.names.length; i++) {
            vars.put(r.names[i].toString(), text(r.values[i]));
        }
        return run("IOEnvExec", command(command, null), vars);
    }

    @TLAPlusOperator(identifier = "IOExecTemplate", module = "IOUtils", warn = false)
    public static Value ioExecTemplate(Value template, Value parameters) {
        return run("IOExecTemplate", command(template, parameters), Map.of());
    }

    @TLAPlusOperator(identifier = "IOEnv", module = "IOUtils", warn = false)
    public static Value ioEnv() {
        Map<String, String> env = new TreeMap<>(System.getenv());
        UniqueString[] names = new UniqueString[env.size()];
        Value[] values = new Value[env.size()];
        int i = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            names[i] = UniqueString.uniqueStringOf(e.getKey());
            values[i++] = new StringValue(e.getValue());
        }
        RecordValue r = new RecordValue(names, values, false);
        r.normalize();
        return r;
    }

    @TLAPlusOperator(identifier = "atoi", module = "IOUtils", warn = false)
    public static Value atoi(Value s) {
        String text = Values.string("atoi", s).strip();
        try {
            return IntValue.gen(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw Values.fail("atoi: \"" + text + "\" is not an integer");
        }
    }

    @TLAPlusOperator(identifier = "zeroPadN", module = "IOUtils", warn = false)
    public static Value zeroPadN(Value n, Value pad) {
        int width = Values.integer("zeroPadN", pad);
        String digits = Integer.toString(Values.integer("zeroPadN", n));
        return new StringValue(digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits);
    }

    /** The argument strings of a command (a sequence), each formatted with the parameters if given. */
    private static List<String> command(Value command, Value parameters) {
        Object[] params = null;
        if (parameters != null) {
            Value[] p = Values.tuple("IOExecTemplate", parameters).elems;
            params = new Object[p.length];
            for (int i = 0; i < p.length; i++) {
                params[i] = text(p[i]);
            }
        }
        List<String> args = new ArrayList<>();
        for (Value v : Values.tuple("IOExec", command).elems) {
            args.add(params == null ? text(v) : String.format(text(v), params));
        }
        return args;
    }

    private static Value run(String op, List<String> args, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(args);
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            byte[][] streams = new byte[2][];
            Thread err = new Thread(() -> {
                try {
                    streams[1] = p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    streams[1] = new byte[0];
                }
            });
            err.start();
            streams[0] = p.getInputStream().readAllBytes();
            int exit = p.waitFor();
            err.join();
            RecordValue r = new RecordValue(
                    new UniqueString[] {UniqueString.uniqueStringOf("exitValue"), UniqueString.uniqueStringOf("stdout"),
                            UniqueString.uniqueStringOf("stderr")},
                    new Value[] {IntValue.gen(exit), new StringValue(new String(streams[0], StandardCharsets.UTF_8)),
                            new StringValue(new String(streams[1], StandardCharsets.UTF_8))}, false);
            r.normalize();
            return r;
        } catch (IOException e) {
            throw Values.fail(op + ": cannot run " + args + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Values.fail(op + ": interrupted");
        }
    }

    private static RecordValue record(String op, Value v) {
        Value r = v.toRcd();
        if (!(r instanceof RecordValue rv)) {
            throw Values.fail(op + ": expected a record, got " + v);
        }
        return rv;
    }

    /** A string's characters, or any other value's TLA+ text. */
    static String text(Value v) {
        return v instanceof StringValue s ? s.getVal().toString() : v.toString();
    }
}
