package dev.lockstep.cli.report;

import dev.lockstep.bridge.value.TlaPrinter;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.validator.report.XmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value that changed in a step, as HTML: the value as {@link TlaPrinter} prints it, with the
 * entries of a function or the fields of a record that differ from {@code before} marked
 * ({@code <mark class="part">}), so a change to one process's entry stands out in a long map.
 */
final class ChangedParts {
    private ChangedParts() {
    }

    static String html(TlcValue now, TlcValue before) {
        if (now instanceof TlcValue.Fun f && before instanceof TlcValue.Fun old) {
            List<String> parts = new ArrayList<>();
            for (TlcValue.Entry e : f.entries()) {
                TlcValue prior = old.entries().stream().filter(x -> x.key().equals(e.key())).map(TlcValue.Entry::value)
                        .findFirst().orElse(null);
                parts.add(part(TlaPrinter.print(e.key()) + " :> " + TlaPrinter.print(e.value()), !e.value().equals(prior)));
            }
            return "(" + String.join(" @@ ", parts) + ")";
        }
        if (now instanceof TlcValue.Record r && before instanceof TlcValue.Record old) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, TlcValue> e : r.fields().entrySet()) {
                parts.add(part(e.getKey() + " |-> " + TlaPrinter.print(e.getValue()), !Objects.equals(old.fields().get(e.getKey()), e.getValue())));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return XmlText.html(now == null ? "" : TlaPrinter.print(now));
    }

    private static String part(String text, boolean changed) {
        return changed ? "<mark class=\"part\">" + XmlText.html(text) + "</mark>" : XmlText.html(text);
    }
}
