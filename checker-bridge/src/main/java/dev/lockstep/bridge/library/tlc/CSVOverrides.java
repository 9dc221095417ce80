package dev.lockstep.bridge.library.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/** Java evaluation of the CSV module. */
public final class CSVOverrides {
    private CSVOverrides() {
    }

    @TLAPlusOperator(identifier = "CSVWrite", module = "CSV", warn = false)
    public static Value csvWrite(Value template, Value val, Value file) {
        Value[] elems = Values.tuple("CSVWrite", val).elems;
        Object[] args = new Object[elems.length];
        for (int i = 0; i < elems.length; i++) {
            args[i] = IOUtilsOverrides.text(elems[i]);
        }
        String line = String.format(Values.string("CSVWrite", template), args) + "\n";
        try {
            Files.writeString(Path.of(Values.string("CSVWrite", file)), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw Values.fail("CSVWrite: " + e);
        }
        return BoolValue.ValTrue;
    }

    @TLAPlusOperator(identifier = "CSVRead", module = "CSV", warn = false)
    public static Value csvRead(Value columns, Value delimiter, Value file) {
        Value[] cols = Values.tuple("CSVRead", columns).elems;
        UniqueString[] names = new UniqueString[cols.length];
        for (int i = 0; i < cols.length; i++) {
            names[i] = UniqueString.uniqueStringOf(Values.string("CSVRead", cols[i]));
        }
        String delim = Pattern.quote(Values.string("CSVRead", delimiter));
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(Values.string("CSVRead", file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Values.fail("CSVRead: " + e);
        }
        List<Value> records = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(delim, -1);
            Value[] values = new Value[names.length];
            for (int i = 0; i < names.length; i++) {
                values[i] = new StringValue(i < fields.length ? fields[i] : "");
            }
            RecordValue r = new RecordValue(names.clone(), values, false);
            r.normalize();
            records.add(r);
        }
        return new TupleValue(records.toArray(Value[]::new));
    }

    @TLAPlusOperator(identifier = "CSVRecords", module = "CSV", warn = false)
    public static Value csvRecords(Value file) {
        Path p = Path.of(Values.string("CSVRecords", file));
        if (!Files.isRegularFile(p)) {
            return IntValue.ValZero;
        }
        try {
            return IntValue.gen((int) Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).count());
        } catch (IOException e) {
            throw Values.fail("CSVRecords: " + e);
        }
    }
}
