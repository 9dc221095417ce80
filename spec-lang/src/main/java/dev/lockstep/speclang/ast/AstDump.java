package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generic views of the AST, built from the record components (so they never fall behind the node
 * types): a compact S-expression dump without source ranges (golden files, round-trip comparison)
 * and a tree of maps and lists (JSON output).
 */
public final class AstDump {
    private static final int WIDTH = 100;

    private AstDump() {
    }

    /** An S-expression of {@code node} without ranges: equal dumps mean equal trees. */
    public static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb, 0);
        return sb.toString();
    }

    /** Like {@link #dump} on a single line. */
    public static String dumpLine(Object node) {
        return flat(node);
    }

    private static void write(Object o, StringBuilder sb, int indent) {
        String flat = flat(o);
        if (flat.length() + indent <= WIDTH || !(o instanceof Record || o instanceof Collection<?>)) {
            sb.append(flat);
            return;
        }
        if (o instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object x : c) {
                if (!first) {
                    sb.append('\n').append(" ".repeat(indent + 1));
                }
                write(x, sb, indent + 1);
                first = false;
            }
            sb.append(']');
            return;
        }
        Record r = (Record) o;
        sb.append('(').append(typeName(r));
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            if (rc.getType() == SourceRange.class) {
                continue;
            }
            sb.append('\n').append(" ".repeat(indent + 2)).append(rc.getName()).append('=');
            write(value(rc, r), sb, indent + 3 + rc.getName().length());
        }
        sb.append(')');
    }

    private static String flat(Object o) {
        if (o == null) {
            return "_";
        }
        if (o instanceof Name n) {
            return n.text().isEmpty() ? "<missing>" : n.text();
        }
        if (o instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        if (o instanceof Enum<?> e) {
            return e.name();
        }
        if (o instanceof Optional<?> opt) {
            return opt.map(AstDump::flat).orElse("_");
        }
        if (o instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object x : c) {
                parts.add(flat(x));
            }
            return "[" + String.join(" ", parts) + "]";
        }
        if (o instanceof Record r) {
            StringBuilder sb = new StringBuilder("(").append(typeName(r));
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                if (rc.getType() == SourceRange.class) {
                    continue;
                }
                sb.append(' ').append(rc.getName()).append('=').append(flat(value(rc, r)));
            }
            return sb.append(')').toString();
        }
        return String.valueOf(o);
    }

    /** The node as nested maps ({@code "node"}: the type name, plus components) and lists, ranges included. */
    public static Object tree(Object o) {
        if (o == null || o instanceof String || o instanceof Boolean || o instanceof Number) {
            return o;
        }
        if (o instanceof Enum<?> e) {
            return e.name();
        }
        if (o instanceof Optional<?> opt) {
            return opt.map(AstDump::tree).orElse(null);
        }
        if (o instanceof SourceRange r) {
            return List.of(r.start().line(), r.start().column(), r.end().line(), r.end().column());
        }
        if (o instanceof Name n) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", n.text());
            m.put("range", tree(n.range()));
            return m;
        }
        if (o instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object x : c) {
                out.add(tree(x));
            }
            return out;
        }
        if (o instanceof Record r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("node", typeName(r));
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                m.put(rc.getName(), tree(value(rc, r)));
            }
            return m;
        }
        return String.valueOf(o);
    }

    private static String typeName(Record r) {
        return r.getClass().getSimpleName();
    }

    private static Object value(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc.getName(), e);
        }
    }
}
