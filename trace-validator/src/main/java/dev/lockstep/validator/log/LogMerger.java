package dev.lockstep.validator.log;

import dev.lockstep.speclang.diag.DiagnosticCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * Merges the logs of several nodes into one sequence of events that respects causality, reading
 * one event ahead per file (memory grows with the number of files, not their length).
 *
 * <p>With Lamport (integer) clocks or timestamps the next event is the head with the smallest clock
 * (ties: the file given first). With vector clocks, the heads form a small "has seen" graph (JGraphT): an edge
 * from a head to every head whose clock has seen it; the next event is a head nothing points at.
 * Contradictions are input errors naming both lines: a clock that goes backwards within one file,
 * two heads that have each seen the other, and an event that has seen an event of another node that
 * the other node's log does not have before it (a receive before its send).
 */
public final class LogMerger implements EventSource {
    private final List<EventSource> sources;
    private final Problems problems;
    private final LogEvent[] heads;
    private final LogEvent[] previous;
    private final String[] nodeOf;
    private final Map<String, Long> lastOwn = new HashMap<>();
    private final Map<String, Integer> fileOfNode = new HashMap<>();
    private boolean stopped;

    public LogMerger(List<EventSource> sources, Problems problems) {
        this.sources = List.copyOf(sources);
        this.problems = problems;
        this.heads = new LogEvent[sources.size()];
        this.previous = new LogEvent[sources.size()];
        this.nodeOf = new String[sources.size()];
        for (int i = 0; i < heads.length; i++) {
            advance(i);
        }
    }

    @Override
    public Path file() {
        return sources.isEmpty() ? null : sources.get(0).file();
    }

    private void advance(int i) {
        LogEvent e = sources.get(i).next();
        heads[i] = e;
        if (e == null) {
            return;
        }
        if (nodeOf[i] == null) {
            nodeOf[i] = e.node() != null ? e.node() : stem(e.file());
            fileOfNode.putIfAbsent(nodeOf[i], i);
        }
        if (sources.size() > 1 && e.clock() == null) {
            fail(LogProblem.at(DiagnosticCode.LS806_LOG_CAUSALITY, e.file(), e.line(), 0,
                    "merging several logs needs a 'clock' on every line; this line has none", e.raw()));
            return;
        }
        LogEvent p = previous[i];
        if (p != null && p.clock() != null && e.clock() != null && !increases(p, e)) {
            fail(LogProblem.withRelated(DiagnosticCode.LS806_LOG_CAUSALITY, e.file(), e.line(),
                    "clock goes backwards: " + show(e.clock()) + " after " + show(p.clock()), e.raw(),
                    p.file(), p.line(), "the previous line of this log has clock " + show(p.clock())));
        }
    }

    private boolean increases(LogEvent p, LogEvent e) {
        if (p.clock() instanceof Clock.Lamport a && e.clock() instanceof Clock.Lamport b) {
            return b.value() > a.value();
        }
        if (p.clock() instanceof Clock.Timestamp a && e.clock() instanceof Clock.Timestamp b) {
            return b.epochNanos() >= a.epochNanos(); // one node may log twice in the same tick
        }
        if (p.clock() instanceof Clock.Vector a && e.clock() instanceof Clock.Vector b) {
            for (Map.Entry<String, Long> x : a.entries().entrySet()) {
                if (b.get(x.getKey()) < x.getValue()) {
                    return false;
                }
            }
            String own = e.node() != null ? e.node() : stem(e.file());
            return b.get(own) > a.get(own);
        }
        return false;
    }

    @Override
    public LogEvent next() {
        if (stopped || problems.stop()) {
            return null;
        }
        int pick = sources.size() == 1 ? (heads[0] == null ? -1 : 0) : choose();
        if (pick < 0 || stopped) {
            return null;
        }
        LogEvent e = heads[pick];
        if (e.clock() instanceof Clock.Vector v) {
            lastOwn.put(nodeOf[pick], v.get(nodeOf[pick]));
        }
        previous[pick] = e;
        advance(pick);
        return e;
    }

    private int choose() {
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] != null) {
                live.add(i);
            }
        }
        if (live.isEmpty()) {
            return -1;
        }
        Class<?> kind = heads[live.get(0)].clock().getClass();
        boolean vector = heads[live.get(0)].clock() instanceof Clock.Vector;
        for (int i : live) {
            if (heads[i].clock().getClass() != kind) {
                fail(LogProblem.withRelated(DiagnosticCode.LS806_LOG_CAUSALITY, heads[i].file(), heads[i].line(),
                        "logs mix kinds of clock (integer, vector, timestamp)", heads[i].raw(), heads[live.get(0)].file(),
                        heads[live.get(0)].line(), "this line has the other kind of clock"));
                return -1;
            }
        }
        return vector ? chooseVector(live) : chooseLamport(live);
    }

    private int chooseLamport(List<Integer> live) {
        int best = -1;
        for (int i : live) {
            if (best < 0 || order(heads[i].clock()) < order(heads[best].clock())) {
                best = i;
            }
        }
        return best;
    }

    /** The total order of Lamport clocks and timestamps. */
    private static long order(Clock c) {
        return c instanceof Clock.Lamport l ? l.value() : ((Clock.Timestamp) c).epochNanos();
    }

    private int chooseVector(List<Integer> live) {
        Graph<Integer, DefaultEdge> seen = new SimpleDirectedGraph<>(DefaultEdge.class);
        live.forEach(seen::addVertex);
        for (int j : live) {
            long own = ((Clock.Vector) heads[j].clock()).get(nodeOf[j]);
            for (int i : live) {
                if (i != j && ((Clock.Vector) heads[i].clock()).get(nodeOf[j]) >= own) {
                    seen.addEdge(j, i);
                }
            }
        }
        int best = -1;
        for (int i : live) {
            if (seen.inDegreeOf(i) == 0 && (best < 0
                    || ((Clock.Vector) heads[i].clock()).sum() < ((Clock.Vector) heads[best].clock()).sum())) {
                best = i;
            }
        }
        if (best < 0) {
            Set<Integer> cycle = new CycleDetector<>(seen).findCycles();
            List<Integer> two = new ArrayList<>(cycle);
            LogEvent a = heads[two.get(0)];
            LogEvent b = heads[two.size() > 1 ? two.get(1) : two.get(0)];
            fail(LogProblem.withRelated(DiagnosticCode.LS806_LOG_CAUSALITY, a.file(), a.line(),
                    "causality cycle: this event and the one of node " + nodeOf[two.size() > 1 ? two.get(1) : two.get(0)]
                            + " have each seen the other (" + show(a.clock()) + " vs " + show(b.clock()) + ")",
                    a.raw(), b.file(), b.line(), "the other event"));
            return -1;
        }
        Clock.Vector vc = (Clock.Vector) heads[best].clock();
        for (Map.Entry<String, Long> dep : vc.entries().entrySet()) {
            String other = dep.getKey();
            Integer f = fileOfNode.get(other);
            if (other.equals(nodeOf[best]) || f == null) {
                continue;
            }
            long have = lastOwn.getOrDefault(other, 0L);
            if (dep.getValue() > have) {
                LogEvent e = heads[best];
                LogEvent o = heads[f] != null ? heads[f] : previous[f];
                String otherMsg = heads[f] != null
                        ? "node " + other + "'s next event has clock " + show(heads[f].clock())
                        : "node " + other + "'s log ends here";
                fail(LogProblem.withRelated(DiagnosticCode.LS806_LOG_CAUSALITY, e.file(), e.line(),
                        "receive before its send: this event has seen event " + dep.getValue() + " of node " + other
                                + ", which node " + other + "'s log does not have before it", e.raw(),
                        o == null ? e.file() : o.file(), o == null ? e.line() : o.line(), otherMsg));
                return -1;
            }
        }
        return best;
    }

    private void fail(LogProblem p) {
        problems.report(p);
        stopped = true;
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.indexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String show(Clock c) {
        if (c instanceof Clock.Lamport l) {
            return Long.toString(l.value());
        }
        if (c instanceof Clock.Timestamp t) {
            return t.text();
        }
        return new java.util.TreeMap<>(((Clock.Vector) c).entries()).toString();
    }

    @Override
    public void close() {
        sources.forEach(EventSource::close);
    }
}
