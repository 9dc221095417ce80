package dev.lockstep.validator.report;

import java.util.List;
import java.util.Map;

/**
 * Draws a space-time diagram as inline SVG: one vertical lane per process or node, one row per step
 * or log event, a mark on each lane the row concerns (with a short note beside it, such as the
 * process's {@code pc}), a bar across every lane for a row that concerns them all, the row in
 * question (a divergence) in red, and messages as arrows from the sender's lane in the row that sent
 * them to the receiver's in the row that consumed them (dashed while still in flight). A message to
 * or from something that is not a lane (a leader, the environment) gets a lane "others", drawn first.
 * The one renderer of the diagram: check's HTML report (which VS Code's result view shows) feeds it a
 * counterexample's steps, validate's a log's events up to the divergence. It is fed data and does no
 * I/O.
 */
public final class SpaceTimeSvg {
    private static final int LANE_WIDTH = 130;
    private static final int ROW_HEIGHT = 26;
    private static final int TOP = 38;
    private static final String EVENT = "#5f6368";
    private static final String DIVERGED = "#d93025";
    private static final String MESSAGE = "#0063b1";
    /** The lane index of everything that is not a lane, in {@link Arrow}. */
    public static final int OTHERS = -1;

    /**
     * A row of the diagram.
     *
     * @param label       the text at its left (a step, a log line)
     * @param lanes       the indexes of the lanes it marks
     * @param across      whether it concerns every lane (drawn as a bar across them)
     * @param highlighted whether it is the row in question (the diverging line)
     * @param notes       short text beside a lane in this row, by lane index (marked or not)
     * @param details     a tooltip per marked lane, by lane index (what the lane's state is)
     */
    public record Row(String label, List<Integer> lanes, boolean across, boolean highlighted, Map<Integer, String> notes,
                      Map<Integer, String> details) {
        public Row {
            lanes = List.copyOf(lanes);
            notes = Map.copyOf(notes);
            details = Map.copyOf(details);
        }

        public Row(String label, List<Integer> lanes, boolean across, boolean highlighted) {
            this(label, lanes, across, highlighted, Map.of(), Map.of());
        }
    }

    /**
     * A message between lanes ({@link #OTHERS} for what is not a lane): sent in row {@code sent},
     * received in row {@code received}, or {@code -1} while still in flight.
     */
    public record Arrow(int from, int to, int sent, int received, String label, String title) {
        public boolean inFlight() {
            return received < 0;
        }
    }

    private SpaceTimeSvg() {
    }

    /** The diagram without messages, or an empty string when there are fewer than two lanes. */
    public static String render(List<String> lanes, List<Row> rows) {
        return render(lanes, rows, List.of());
    }

    /** The diagram, or an empty string when there are fewer than two lanes. */
    public static String render(List<String> lanes, List<Row> rows, List<Arrow> arrows) {
        if (lanes.size() < 2) {
            return "";
        }
        boolean others = arrows.stream().anyMatch(a -> a.from() == OTHERS || a.to() == OTHERS);
        Layout at = Layout.of(rows.stream().mapToInt(r -> r.label().length()).max().orElse(0), others);
        int width = at.x(lanes.size() - 1) + LANE_WIDTH / 2 + 20;
        int height = TOP + rows.size() * ROW_HEIGHT + 10;
        StringBuilder sb = new StringBuilder("<svg class=\"spacetime\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"space-time diagram\">");
        if (!arrows.isEmpty()) {
            sb.append("<defs><marker id=\"spacetime-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\"")
                    .append(" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"")
                    .append(MESSAGE).append("\"/></marker></defs>");
        }
        if (others) {
            lane(sb, "lane others", "others", at.x(OTHERS), height, " stroke-dasharray=\"4,4\"");
        }
        for (int i = 0; i < lanes.size(); i++) {
            lane(sb, "lane", lanes.get(i), at.x(i), height, "");
        }
        for (Arrow a : arrows) {
            arrow(sb, a, at, others, lanes);
        }
        for (int r = 0; r < rows.size(); r++) {
            row(sb, r, rows.get(r), at, lanes);
        }
        return sb.append("</svg>").toString();
    }

    /** Where lanes and rows go: the labels' column at the left, then an "others" lane when needed. */
    private record Layout(int left, int shift) {
        static Layout of(int longestLabel, boolean others) {
            return new Layout(Math.min(320, Math.max(120, 16 + 7 * longestLabel)), others ? 1 : 0);
        }

        int x(int lane) {
            return left + (lane == OTHERS ? 0 : lane + shift) * LANE_WIDTH + LANE_WIDTH / 2;
        }

        static int y(int row) {
            return TOP + row * ROW_HEIGHT + ROW_HEIGHT / 2;
        }
    }

    private static void lane(StringBuilder sb, String cls, String name, int x, int height, String dash) {
        sb.append("<text class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"20\" text-anchor=\"middle\">")
                .append(XmlText.html(name)).append("</text><line x1=\"").append(x).append("\" y1=\"28\" x2=\"")
                .append(x).append("\" y2=\"").append(height - 5).append("\" stroke=\"#bbb\"").append(dash).append("/>");
    }

    private static void arrow(StringBuilder sb, Arrow a, Layout at, boolean others, List<String> lanes) {
        int x1 = at.x(a.from());
        int y1 = Layout.y(a.sent());
        int x2 = at.x(a.to());
        int y2 = a.inFlight() ? y1 + ROW_HEIGHT * 7 / 10 : Layout.y(a.received());
        sb.append("<g class=\"msg").append(a.inFlight() ? " in-flight" : "").append("\" data-from=\"")
                .append(XmlText.html(laneName(a.from(), lanes))).append("\" data-to=\"").append(XmlText.html(laneName(a.to(), lanes)))
                .append("\"><title>").append(XmlText.html(a.title())).append("</title><line x1=\"").append(x1).append("\" y1=\"")
                .append(y1).append("\" x2=\"").append(x2).append("\" y2=\"").append(y2).append("\" stroke=\"").append(MESSAGE)
                .append("\" stroke-width=\"1.5\"").append(a.inFlight() ? " stroke-dasharray=\"5,3\"" : "")
                .append(" marker-end=\"url(#spacetime-arrow)\"/><text class=\"msg-label\" x=\"").append((x1 + x2) / 2)
                .append("\" y=\"").append((y1 + y2) / 2 - 4).append("\" text-anchor=\"middle\" fill=\"").append(MESSAGE).append("\">")
                .append(XmlText.html(truncate(a.label(), 14))).append("</text></g>");
    }

    private static String laneName(int lane, List<String> lanes) {
        return lane == OTHERS ? "others" : lanes.get(lane);
    }

    private static void row(StringBuilder sb, int r, Row row, Layout at, List<String> lanes) {
        int y = Layout.y(r);
        String colour = row.highlighted() ? DIVERGED : EVENT;
        String cls = row.highlighted() ? "event diverged" : "event";
        sb.append("<g class=\"row\" data-row=\"").append(r).append("\"><text class=\"step\" x=\"6\" y=\"").append(y + 4).append("\"")
                .append(row.highlighted() ? " fill=\"#a50e0e\"" : "").append(">").append(XmlText.html(row.label())).append("</text>");
        if (row.across()) {
            sb.append("<line class=\"").append(cls).append("\" x1=\"").append(at.x(0)).append("\" y1=\"").append(y)
                    .append("\" x2=\"").append(at.x(lanes.size() - 1)).append("\" y2=\"").append(y)
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"4\"/>");
        } else {
            if (row.lanes().size() > 1) {
                int from = row.lanes().stream().mapToInt(Integer::intValue).min().orElseThrow();
                int to = row.lanes().stream().mapToInt(Integer::intValue).max().orElseThrow();
                sb.append("<line x1=\"").append(at.x(from)).append("\" y1=\"").append(y).append("\" x2=\"")
                        .append(at.x(to)).append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
                        .append("\" stroke-dasharray=\"3,3\"/>");
            }
            for (int lane : row.lanes()) {
                sb.append("<circle class=\"").append(cls).append("\" data-lane=\"").append(XmlText.html(lanes.get(lane)))
                        .append("\" cx=\"").append(at.x(lane)).append("\" cy=\"").append(y).append("\" r=\"")
                        .append(row.highlighted() ? 8 : 6).append("\" fill=\"").append(colour).append("\">");
                String detail = row.details().get(lane);
                if (detail != null) {
                    sb.append("<title>").append(XmlText.html(detail)).append("</title>");
                }
                sb.append("</circle>");
            }
        }
        row.notes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(n -> sb.append("<text class=\"note\" x=\"")
                .append(at.x(n.getKey()) + 10).append("\" y=\"").append(y + 4).append("\">").append(XmlText.html(truncate(n.getValue(), 16)))
                .append("</text>"));
        sb.append("</g>");
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
