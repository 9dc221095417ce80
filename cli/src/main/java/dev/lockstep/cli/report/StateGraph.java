package dev.lockstep.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * A model's state graph as TLC dumps it ({@code -dump dot,actionlabels FILE}): states with their
 * TLA+ text, initial states, and steps labelled with their action. Stuttering self-loops (dashed in
 * TLC's dump) are left out. Held in a JGraphT graph; written back as DOT with the states of a
 * counterexample highlighted.
 */
public final class StateGraph {
    private static final Pattern NODE = Pattern.compile("^(-?\\d+) \\[label=\"((?:[^\"\\\\]|\\\\.)*)\"(.*)\\];?$");
    private static final Pattern EDGE = Pattern.compile("^(-?\\d+) -> (-?\\d+) \\[(.*)\\];?$");
    private static final Pattern LABEL = Pattern.compile("label=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A step of the graph. */
    public record Step(long from, long to, String action) {
    }

    private final Graph<Long, Step> graph = new DirectedPseudograph<>(null, null, false);
    private final Map<Long, String> labels = new LinkedHashMap<>();
    private final Set<Long> initial = new HashSet<>();

    private StateGraph() {
    }

    /** Reads TLC's DOT dump. */
    public static StateGraph read(Path dot) throws IOException {
        StateGraph g = new StateGraph();
        boolean inLegend = false;
        for (String raw : Files.readAllLines(dot, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.startsWith("subgraph cluster_legend")) {
                inLegend = true;
            }
            if (inLegend) {
                continue;
            }
            Matcher e = EDGE.matcher(line);
            if (e.matches()) {
                if (e.group(3).contains("dashed")) {
                    continue; // stuttering
                }
                long from = Long.parseLong(e.group(1));
                long to = Long.parseLong(e.group(2));
                Matcher l = LABEL.matcher(e.group(3));
                g.graph.addVertex(from);
                g.graph.addVertex(to);
                g.graph.addEdge(from, to, new Step(from, to, l.find() ? unescape(l.group(1)) : ""));
                continue;
            }
            Matcher n = NODE.matcher(line);
            if (n.matches()) {
                long id = Long.parseLong(n.group(1));
                g.graph.addVertex(id);
                g.labels.put(id, unescape(n.group(2)));
                if (n.group(3).contains("filled")) {
                    g.initial.add(id);
                }
            }
        }
        return g;
    }

    public int stateCount() {
        return graph.vertexSet().size();
    }

    public int stepCount() {
        return graph.edgeSet().size();
    }

    public Graph<Long, Step> graph() {
        return graph;
    }

    /** The state whose TLA+ text equals {@code text} (whitespace-insensitive), if any. */
    public java.util.Optional<Long> find(String text) {
        String want = normalize(text);
        return labels.entrySet().stream().filter(e -> normalize(e.getValue()).equals(want)).map(Map.Entry::getKey).findFirst();
    }

    /** DOT for Graphviz, with {@code highlighted} states and the steps between consecutive ones in red. */
    public String toDot(List<Long> highlighted) {
        Set<Long> hl = new HashSet<>(highlighted);
        Set<String> hlSteps = new HashSet<>();
        for (int i = 1; i < highlighted.size(); i++) {
            hlSteps.add(highlighted.get(i - 1) + ">" + highlighted.get(i));
        }
        StringBuilder sb = new StringBuilder("digraph states {\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n"
                + "  edge [fontname=\"sans-serif\", fontsize=9];\n");
        List<Long> ids = new ArrayList<>(graph.vertexSet());
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        for (Long id : ids) {
            sb.append("  s").append(index.get(id)).append(" [label=\"").append(escape(labels.getOrDefault(id, ""))).append('"');
            if (initial.contains(id)) {
                sb.append(", style=filled, fillcolor=\"#e8f0fe\"");
            }
            if (hl.contains(id)) {
                sb.append(", color=red, penwidth=2");
            }
            sb.append("];\n");
        }
        for (Step s : graph.edgeSet()) {
            sb.append("  s").append(index.get(s.from())).append(" -> s").append(index.get(s.to()))
                    .append(" [label=\"").append(escape(s.action())).append('"');
            if (hlSteps.contains(s.from() + ">" + s.to())) {
                sb.append(", color=red, fontcolor=red, penwidth=2");
            }
            sb.append("];\n");
        }
        return sb.append("}\n").toString();
    }

    private static String normalize(String s) {
        return s.replace("/\\ ", "").replaceAll("\\s+", "");
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\l") + (s.contains("\n") ? "\\l" : "");
    }
}
