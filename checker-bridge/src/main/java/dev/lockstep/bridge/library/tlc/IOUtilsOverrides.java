package dev.lockstep.bridge.library.tlc;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tlc2.overrides.TLAPlusOperator;
import tlc2.value.IValue;
import tlc2.value.ValueInputStream;
import tlc2.value.ValueOutputStream;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.Enumerable;
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
        return run("IOEnvExec", command(command, null), environment("IOEnvExec", env));
    }

    @TLAPlusOperator(identifier = "IOEnvExecTemplate", module = "IOUtils", warn = false)
    public static Value ioEnvExecTemplate(Value env, Value template, Value parameters) {
        return run("IOEnvExecTemplate", command(template, parameters), environment("IOEnvExecTemplate", env));
    }

    /**
     * Writes the value with the serializer {@code options.format} names. "TXT": the value is a string,
     * encoded in {@code options.charset}, the file opened with the {@code java.nio} StandardOpenOption
     * names of {@code options.openOptions} (none: create or truncate). Failures are results, not errors.
     */
    @TLAPlusOperator(identifier = "Serialize", module = "IOUtils", warn = false)
    public static Value serialize(Value value, Value dest, Value options) {
        return text("Serialize", options, (opts, charset) -> {
            List<OpenOption> open = new ArrayList<>();
            for (Value o : Values.tuple("Serialize", field("Serialize", opts, "openOptions")).elems) {
                open.add(StandardOpenOption.valueOf(Values.string("Serialize", o)));
            }
            Files.writeString(Path.of(Values.string("Serialize", dest)), Values.string("Serialize", value), charset,
                    open.toArray(OpenOption[]::new));
            return "Finish writing to the file with success!";
        });
    }

    /** Reads the source with the serializer {@code options.format} names ("TXT": the text in {@code stdout}). */
    @TLAPlusOperator(identifier = "Deserialize", module = "IOUtils", warn = false)
    public static Value deserialize(Value src, Value options) {
        return text("Deserialize", options,
                (opts, charset) -> Files.readString(Path.of(Values.string("Deserialize", src)), charset));
    }

    /** One file operation of the TXT format: its text goes to {@code stdout}. */
    private interface TextIo {
        String run(RecordValue options, Charset charset) throws IOException;
    }

    /**
     * Runs a TXT-format file operation: an unknown format, an unknown charset or option and an I/O
     * failure are results with a non-zero {@code exitValue}, as the documentation says, not errors.
     */
    private static Value text(String op, Value options, TextIo io) {
        RecordValue opts = record(op, options);
        String format = Values.string(op, field(op, opts, "format"));
        if (!format.equals("TXT")) {
            return result(1, "", op + ": no serializer for format \"" + format + "\" (Lockstep's IOUtils has TXT)");
        }
        try {
            return result(0, io.run(opts, Charset.forName(Values.string(op, field(op, opts, "charset")))), "");
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return result(1, "", op + " error: " + e);
        }
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
            return result(exit, new String(streams[0], StandardCharsets.UTF_8),
                    new String(streams[1], StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw Values.fail(op + ": cannot run " + args + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Values.fail(op + ": interrupted");
        }
    }

    /** {@code [exitValue |-> exit, stdout |-> out, stderr |-> err]}. */
    private static Value result(int exit, String out, String err) {
        RecordValue r = new RecordValue(
                new UniqueString[] {UniqueString.uniqueStringOf("exitValue"), UniqueString.uniqueStringOf("stdout"),
                        UniqueString.uniqueStringOf("stderr")},
                new Value[] {IntValue.gen(exit), new StringValue(out), new StringValue(err)}, false);
        r.normalize();
        return r;
    }

    /**
     * The variables to add to a process's environment: a record ({@code [Var1 |-> "SomeVal"]}) or, as
     * in IOUtils's documented example, a set of name/value pairs ({@code {<<"Var1", "SomeVal">>, <<"Var2", 42>>}}).
     */
    private static Map<String, String> environment(String op, Value env) {
        Map<String, String> vars = new TreeMap<>();
        if (env instanceof Enumerable && !(env.toRcd() instanceof RecordValue)) {
            for (Value pair : Values.finiteSet(op, env).elems.toArray()) {
                Value[] nv = Values.tuple(op, pair).elems;
                if (nv.length != 2) {
                    throw Values.fail(op + ": an environment variable is a pair <<name, value>>, got " + pair);
                }
                vars.put(Values.string(op, nv[0]), text(nv[1]));
            }
            return vars;
        }
        RecordValue r = record(op, env);
        for (int i = 0; i < r.names.length; i++) {
            vars.put(r.names[i].toString(), text(r.values[i]));
        }
        return vars;
    }

    private static Value field(String op, RecordValue r, String name) {
        Value v = r.select(new StringValue(name));
        if (v == null) {
            throw Values.fail(op + ": the options record has no field " + name);
        }
        return v;
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
