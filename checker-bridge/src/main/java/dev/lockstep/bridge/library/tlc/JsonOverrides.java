package dev.lockstep.bridge.library.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;

/** Java evaluation of the Json module (TLA+ cannot tell a value's kind). */
public final class JsonOverrides {
    private JsonOverrides() {
    }

    @TLAPlusOperator(identifier = "ToJson", module = "Json", warn = false)
    public static Value toJson(Value v) {
        return new StringValue(JsonText.write(v));
    }

    @TLAPlusOperator(identifier = "ToJsonArray", module = "Json", warn = false)
    public static Value toJsonArray(Value v) {
        String s = JsonText.write(v);
        if (!s.startsWith("[")) {
            throw Values.fail("ToJsonArray: expected a sequence or set, got " + v);
        }
        return new StringValue(s);
    }

    @TLAPlusOperator(identifier = "ToJsonObject", module = "Json", warn = false)
    public static Value toJsonObject(Value v) {
        String s = JsonText.write(v);
        if (!s.startsWith("{") && !s.equals("[]")) {
            throw Values.fail("ToJsonObject: expected a record or function, got " + v);
        }
        return new StringValue(s.equals("[]") ? "{}" : s);
    }

    @TLAPlusOperator(identifier = "JsonSerialize", module = "Json", warn = false)
    public static Value jsonSerialize(Value file, Value v) {
        try {
            Files.writeString(Path.of(Values.string("JsonSerialize", file)), JsonText.write(v) + "\n", StandardCharsets.UTF_8);
            return BoolValue.ValTrue;
        } catch (IOException e) {
            throw Values.fail("JsonSerialize: " + e);
        }
    }

    @TLAPlusOperator(identifier = "JsonDeserialize", module = "Json", warn = false)
    public static Value jsonDeserialize(Value file) {
        try {
            return JsonText.read(Files.readString(Path.of(Values.string("JsonDeserialize", file)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw Values.fail("JsonDeserialize: " + e);
        }
    }

    @TLAPlusOperator(identifier = "ndJsonSerialize", module = "Json", warn = false)
    public static Value ndJsonSerialize(Value file, Value v) {
        try {
            StringBuilder sb = new StringBuilder();
            for (Value e : Values.tuple("ndJsonSerialize", v).elems) {
                JsonText.write(e, sb);
                sb.append('\n');
            }
            Files.writeString(Path.of(Values.string("ndJsonSerialize", file)), sb.toString(), StandardCharsets.UTF_8);
            return BoolValue.ValTrue;
        } catch (IOException e) {
            throw Values.fail("ndJsonSerialize: " + e);
        }
    }

    @TLAPlusOperator(identifier = "ndJsonDeserialize", module = "Json", warn = false)
    public static Value ndJsonDeserialize(Value file) {
        try {
            List<Value> out = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(Values.string("ndJsonDeserialize", file)), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JsonText.read(line));
                }
            }
            return new TupleValue(out.toArray(Value[]::new));
        } catch (IOException e) {
            throw Values.fail("ndJsonDeserialize: " + e);
        }
    }
}
