package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import tlc2.tool.ConfigFileException;
import tlc2.tool.impl.FastTool;
import tlc2.value.impl.ModelValue;
import util.SimpleFilenameToStream;

/**
 * The child-JVM side of the direct engine: loads the spec and model with TLC's {@code FastTool}
 * once, then reads log events from stdin and answers on stdout, one JSON object per line. TLC's
 * own console output goes to stderr so it never mixes with the protocol.
 *
 * <p>Protocol. After loading: {@code {"type":"ready","variables":[...],"actions":[...]}} or
 * {@code {"type":"error","kind":"spec"|"config"|"internal","message":...}} (then exit). Requests:
 * {@code {"seq":N,"at":ANY,"event":EVENT}} ({@code at} is echoed back in a failure) where EVENT is a native log event ({@code action}, {@code params},
 * {@code state}); the host keeps the previous state itself and is silent while steps conform. On
 * the first step that does not conform it writes {@code {"type":"fail","seq":N,...}} and ignores
 * the following events. {@code {"op":"end"}} is answered by {@code {"type":"done","steps":N}}.
 *
 * <p>Arguments: {@code SPEC.tla CONFIG.cfg}.
 */
public final class EvaluatorHost {
    private EvaluatorHost() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocolOut = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        Writer out = new BufferedWriter(new OutputStreamWriter(protocolOut, StandardCharsets.UTF_8), 1 << 16);
        ObjectMapper mapper = new ObjectMapper();
        ByteArrayOutputStream loadLog = new ByteArrayOutputStream();
        System.setOut(new PrintStream(loadLog, true, StandardCharsets.UTF_8));

        StepChecker checker;
        try {
            checker = load(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
        } catch (ConfigFileException e) {
            send(out, mapper, error(mapper, "config", e.getMessage(), loadLog));
            return;
        } catch (RuntimeException | Error e) {
            String m = String.valueOf(e.getMessage());
            boolean config = m.contains("configuration file") || m.contains("not assigned a value") || m.contains(".cfg");
            send(out, mapper, error(mapper, config ? "config" : "spec", m, loadLog));
            return;
        } finally {
            System.err.print(loadLog.toString(StandardCharsets.UTF_8));
            System.setOut(System.err);
        }
        ObjectNode ready = mapper.createObjectNode().put("type", "ready");
        checker.variableNames().forEach(ready.putArray("variables")::add);
        checker.actionNames().forEach(ready.putArray("actions")::add);
        send(out, mapper, ready);

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        long steps = 0;
        boolean failed = false;
        String line;
        while ((line = in.readLine()) != null) {
            JsonNode req = mapper.readTree(line);
            if (req.has("op")) {
                if ("end".equals(req.get("op").asText())) {
                    send(out, mapper, mapper.createObjectNode().put("type", "done").put("steps", steps));
                }
                continue;
            }
            if (failed) {
                continue;
            }
            ObjectNode fail;
            try {
                fail = checker.step(req.get("event"));
            } catch (RuntimeException | StackOverflowError e) {
                fail = mapper.createObjectNode().put("type", "fail").put("kind", "evaluationError")
                        .put("message", "TLC could not evaluate this step: " + e);
            }
            if (fail != null) {
                failed = true;
                ObjectNode msg = mapper.createObjectNode().put("type", "fail").put("seq", req.path("seq").asLong());
                msg.set("at", req.get("at"));
                JsonNode ev = req.get("event");
                msg.put("logged", ev.path("action").asText() + (ev.hasNonNull("params") ? " " + ev.get("params") : ""));
                msg.setAll(fail);
                send(out, mapper, msg);
            } else {
                steps++;
            }
        }
        out.flush();
    }

    private static StepChecker load(Path spec, Path cfg) {
        String module = spec.getFileName().toString().replaceFirst("\\.tla$", "");
        String cfgName = cfg.toString().replaceFirst("\\.cfg$", "");
        FastTool tool = new FastTool(spec.getParent().toString(), module, cfgName, new SimpleFilenameToStream(spec.getParent().toString()));
        Set<String> modelValues = new HashSet<>();
        if (ModelValue.mvs != null) {
            for (ModelValue mv : ModelValue.mvs) {
                modelValues.add(mv.val.toString());
            }
        }
        return new StepChecker(tool, modelValues, new SpecSource(spec.getParent()));
    }

    private static ObjectNode error(ObjectMapper mapper, String kind, String message, ByteArrayOutputStream log) {
        return mapper.createObjectNode().put("type", "error").put("kind", kind).put("message", message)
                .put("output", log.toString(StandardCharsets.UTF_8));
    }

    private static void send(Writer out, ObjectMapper mapper, ObjectNode msg) throws IOException {
        out.write(mapper.writeValueAsString(msg));
        out.write('\n');
        out.flush();
    }
}
