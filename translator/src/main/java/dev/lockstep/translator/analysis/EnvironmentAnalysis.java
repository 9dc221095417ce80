package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the variables a spec uses to model the outside world (message sets, FIFO channels,
 * clocks, storage) and what the spec assumes about them, from how its actions use them: who adds
 * and who removes messages, whether a receiver leaves a message in place (so it may be received
 * again), whether an action removes messages and changes nothing else (loss).
 */
public final class EnvironmentAnalysis {
    /** What kind of outside world a variable models. */
    public enum Kind { MESSAGE_SET, FIFO_CHANNEL, FIFO_CHANNELS, CLOCK, STORAGE }

    /**
     * One variable that models the environment.
     *
     * @param variable the variable
     * @param kind     what it models
     * @param adders   actions that add messages (send)
     * @param removers actions that remove messages (receive, consume)
     * @param readers  actions that read a message without removing it
     * @param droppers actions that remove messages and change nothing else: the channel is lossy
     * @param writers  actions that change it otherwise (a clock tick, a storage write)
     */
    public record Part(String variable, Kind kind, Set<String> adders, Set<String> removers, Set<String> readers,
                       Set<String> droppers, Set<String> writers) {
    }

    private static final Pattern CLOCK = Pattern.compile("(?i).*(clock|time|now|tick|epoch).*");
    private static final Pattern CHANNEL = Pattern.compile(
            "(?i).*(msg|message|net|chan|mailbox|inbox|outbox|packet|request|response|grant|ack|queue|inflight|"
                    + "pending|wire|link|bus|mail).*");
    private static final Pattern STORAGE = Pattern.compile("(?i).*(store|storage|disk|db|database|kv).*");
    private static final Set<String> CONTROL = Set.of("pc", "stack");

    private EnvironmentAnalysis() {
    }

    /**
     * @param actions the names of the spec's actions (the operators the next-state relation splits
     *                into); operators they call are looked into, the next-state relation itself is not
     */
    public static List<Part> analyse(SpecModel spec, Map<String, TlaType> types, Set<String> actions) {
        List<Part> out = new ArrayList<>();
        for (String v : spec.variables()) {
            if (CONTROL.contains(v)) {
                continue;
            }
            Set<String> adders = new LinkedHashSet<>();
            Set<String> removers = new LinkedHashSet<>();
            Set<String> readers = new LinkedHashSet<>();
            Set<String> droppers = new LinkedHashSet<>();
            Set<String> writers = new LinkedHashSet<>();
            boolean set = false;
            boolean seq = false;
            boolean perKey = false;
            for (Definition d : spec.definitions().values()) {
                if (!actions.contains(d.name()) || !spec.isActionDef(d.name()) || spec.isTemporalDef(d.name())) {
                    continue;
                }
                List<Expr> bodies = bodies(spec, d, new LinkedHashSet<>());
                List<Expr> rhss = new ArrayList<>();
                boolean reads = false;
                for (Expr body : bodies) {
                    Exprs.any(body, e -> {
                        if (e instanceof Expr.OpApp o && o.op() == Operator.EQ && isPrimed(o.args().get(0), v)) {
                            rhss.add(o.args().get(1));
                        }
                        return false;
                    });
                    reads |= Exprs.any(body, e -> e instanceof Expr.OpApp o && o.op() == Operator.IN
                            && isName(o.args().get(1), v) || e instanceof Expr.Binder b
                            && b.bounds().stream().anyMatch(x -> x.set() != null && isName(x.set(), v))
                            || isCall(e, "Head", v));
                }
                boolean removed = false;
                boolean rewrote = false;
                for (Expr rhs : rhss) {
                    if (rhs instanceof Expr.OpApp o && o.op() == Operator.CUP && o.args().stream().anyMatch(a -> isName(a, v))) {
                        adders.add(d.name());
                        set = true;
                    } else if (rhs instanceof Expr.OpApp o && o.op() == Operator.SETMINUS && isName(o.args().get(0), v)) {
                        removers.add(d.name());
                        removed = true;
                        set = true;
                    } else if (isCall(rhs, "Append", v)) {
                        adders.add(d.name());
                        seq = true;
                    } else if (isCall(rhs, "Tail", v)) {
                        removers.add(d.name());
                        removed = true;
                        seq = true;
                    } else if (rhs instanceof Expr.Except x && isName(x.function(), v)) {
                        boolean append = x.clauses().stream().anyMatch(c -> isCall(c.value(), "Append", null));
                        boolean tail = x.clauses().stream().anyMatch(c -> isCall(c.value(), "Tail", null));
                        if (append || tail) {
                            perKey = true;
                            (append ? adders : removers).add(d.name());
                            removed |= tail;
                        } else {
                            writers.add(d.name());
                            rewrote = true;
                        }
                    } else if (!isName(rhs, v)) {
                        writers.add(d.name());
                        rewrote = true;
                    }
                }
                if (reads && !removed && !rewrote) {
                    readers.add(d.name());
                }
                if (removed && changesOnly(spec, d, v)) {
                    droppers.add(d.name());
                }
            }
            Kind kind = null;
            boolean channel = CHANNEL.matcher(v).matches() && !adders.isEmpty()
                    && (!removers.isEmpty() || !readers.isEmpty());
            if (channel && perKey) {
                kind = Kind.FIFO_CHANNELS;
            } else if (channel && seq) {
                kind = Kind.FIFO_CHANNEL;
            } else if (channel && set) {
                kind = Kind.MESSAGE_SET;
            } else if (CLOCK.matcher(v).matches() && types.get(v) instanceof TlaType.Int) {
                kind = Kind.CLOCK;
            } else if (STORAGE.matcher(v).matches()) {
                kind = Kind.STORAGE;
            }
            if (kind != null) {
                out.add(new Part(v, kind, adders, removers, readers, droppers, writers));
            }
        }
        return out;
    }

    /** The body of {@code d} and of every action definition it calls, transitively. */
    private static List<Expr> bodies(SpecModel spec, Definition d, Set<String> seen) {
        List<Expr> out = new ArrayList<>();
        if (!seen.add(d.name())) {
            return out;
        }
        out.add(d.body());
        Exprs.any(d.body(), e -> {
            if (e instanceof Expr.NameExpr n && spec.isActionDef(n.name().text()) && spec.definition(n.name().text()) != null) {
                out.addAll(bodies(spec, spec.definition(n.name().text()), seen));
            }
            return false;
        });
        return out;
    }

    /** Whether action {@code d} changes no variable but {@code v} (and the PlusCal control state). */
    private static boolean changesOnly(SpecModel spec, Definition d, String v) {
        for (String other : spec.variables()) {
            if (other.equals(v) || CONTROL.contains(other)) {
                continue;
            }
            boolean assigned = Exprs.any(d.body(), e -> e instanceof Expr.OpApp o && o.op() == Operator.EQ
                    && isPrimed(o.args().get(0), other) && !isName(o.args().get(1), other));
            if (assigned) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrimed(Expr e, String v) {
        return e instanceof Expr.OpApp p && p.op() == Operator.PRIME && isName(p.args().get(0), v);
    }

    private static boolean isName(Expr e, String v) {
        return e instanceof Expr.NameExpr n && n.args().isEmpty() && n.name().text().equals(v);
    }

    /** {@code op(v, ...)}, or {@code op(@, ...)} / {@code op(anything)} when {@code v} is null. */
    private static boolean isCall(Expr e, String op, String v) {
        return e instanceof Expr.NameExpr n && n.name().text().equals(op) && !n.args().isEmpty()
                && (v == null || isName(n.args().get(0), v));
    }
}
