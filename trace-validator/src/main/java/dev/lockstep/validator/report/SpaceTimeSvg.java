package dev.lockstep.validator.report;

import java.util.List;

/**
 * Draws a space-time diagram as inline SVG: one vertical lane per process or node, one row per step
 * or log event, a mark on each lane the row concerns, a bar across every lane for a row that
 * concerns them all, the row in question (a divergence) in red. The one renderer of the diagram:
 * check's HTML report feeds it a counterexample's steps, validate's a log's events up to the
 * divergence. It is fed data and does no I/O.
 */
public final class SpaceTimeSvg {
    private static final int LANE_WIDTH = 100;
    private static final int ROW_HEIGHT = 26;
    private static final int TOP = 38;
    private static final String EVENT = "#5f6368";
    private static final String DIVERGED = "#d93025";

    /**
     * A row of the diagram.
     *
     * @param label       the text at its left (a step, a log line)
     * @param lanes       the indexes of the lanes it marks
     * @param across      whether it concerns every lane (drawn as a bar across them)
     * @param highlighted whether it is the row in question (the diverging line)
     */
    public record Row(String label, List<Integer> lanes, boolean across, boolean highlighted) {
        public Row {
            lanes = List.copyOf(lanes);
        }
    }

    private SpaceTimeSvg() {
    }

    /** The diagram, or an empty string when there are fewer than two lanes. */
    public static String render(List<String> lanes, List<Row> rows) {
        if (lanes.size() < 2) {
            return "";
        }
        int longest = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        int left = Math.min(320, Math.max(120, 16 + 7 * longest));
        int width = left + lanes.size() * LANE_WIDTH + 20;
        int height = TOP + rows.size() * ROW_HEIGHT + 10;
        StringBuilder sb = new StringBuilder("<svg class=\"spacetime\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"space-time diagram\">");
        for (int i = 0; i < lanes.size(); i++) {
            int x = laneX(left, i);
            sb.append("<text class=\"lane\" x=\"").append(x).append("\" y=\"20\" text-anchor=\"middle\">")
                    .append(XmlText.html(lanes.get(i))).append("</text><line x1=\"").append(x).append("\" y1=\"28\" x2=\"")
                    .append(x).append("\" y2=\"").append(height - 5).append("\" stroke=\"#bbb\"/>");
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int y = TOP + r * ROW_HEIGHT + ROW_HEIGHT / 2;
            String colour = row.highlighted() ? DIVERGED : EVENT;
            String cls = row.highlighted() ? "event diverged" : "event";
            sb.append("<text class=\"step\" x=\"6\" y=\"").append(y + 4).append("\"")
                    .append(row.highlighted() ? " fill=\"#a50e0e\"" : "").append(">").append(XmlText.html(row.label())).append("</text>");
            if (row.across()) {
                sb.append("<line class=\"").append(cls).append("\" x1=\"").append(laneX(left, 0)).append("\" y1=\"").append(y)
                        .append("\" x2=\"").append(laneX(left, lanes.size() - 1)).append("\" y2=\"").append(y)
                        .append("\" stroke=\"").append(colour).append("\" stroke-width=\"4\"/>");
                continue;
            }
            if (row.lanes().size() > 1) {
                int from = row.lanes().stream().mapToInt(Integer::intValue).min().orElseThrow();
                int to = row.lanes().stream().mapToInt(Integer::intValue).max().orElseThrow();
                sb.append("<line x1=\"").append(laneX(left, from)).append("\" y1=\"").append(y).append("\" x2=\"")
                        .append(laneX(left, to)).append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
                        .append("\" stroke-dasharray=\"3,3\"/>");
            }
            for (int lane : row.lanes()) {
                sb.append("<circle class=\"").append(cls).append("\" cx=\"").append(laneX(left, lane)).append("\" cy=\"").append(y)
                        .append("\" r=\"").append(row.highlighted() ? 8 : 6).append("\" fill=\"").append(colour).append("\"/>");
            }
        }
        return sb.append("</svg>").toString();
    }

    private static int laneX(int left, int lane) {
        return left + lane * LANE_WIDTH + LANE_WIDTH / 2;
    }
}
