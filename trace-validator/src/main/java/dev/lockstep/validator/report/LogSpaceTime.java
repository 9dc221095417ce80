package dev.lockstep.validator.report;

import dev.lockstep.validator.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A space-time diagram of the log up to a divergence: one lane per node (the events' {@code node}
 * field, else the log file), one row per event in the order the engine checked them (the logs
 * merged by their clocks), the diverging line marked. Only the last {@value #ROWS} events before the
 * divergence are drawn: those the witness carries (the engine kept them as it checked the log;
 * this renderer reads no file).
 */
final class LogSpaceTime {
    static final int ROWS = Verdict.Witness.RECENT;

    private LogSpaceTime() {
    }

    /** The SVG of the witness's recent events, or an empty string when they show fewer than two lanes. */
    static String svg(Verdict.Witness w) {
        Path failingFile = w.file() == null ? null : w.file().toAbsolutePath().normalize();
        long failingLine = w.line();
        List<Verdict.LoggedEvent> events = new ArrayList<>();
        for (Verdict.LoggedEvent e : w.recent()) {
            events.add(new Verdict.LoggedEvent(e.node(), e.action(), e.file().toAbsolutePath().normalize(), e.line(),
                    e.clock()));
        }
        int failing = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).file().equals(failingFile) && events.get(i).line() == failingLine) {
                failing = i;
            }
        }
        if (failing >= 0) {
            events = new ArrayList<>(events.subList(0, failing + 1));
        }
        if (events.size() > ROWS) {
            events = new ArrayList<>(events.subList(events.size() - ROWS, events.size()));
        }
        // events without a node (Init, say) belong to no lane when others name their node
        boolean anyNode = events.stream().anyMatch(e -> e.node() != null);
        Set<String> lanes = new LinkedHashSet<>();
        for (Verdict.LoggedEvent e : events) {
            lanes.add(e.node() != null ? e.node() : anyNode ? null : e.file().getFileName().toString());
        }
        lanes.remove(null);
        if (lanes.size() < 2) {
            return "";
        }
        List<String> laneList = new ArrayList<>(lanes);
        int laneW = 110;
        int rowH = 24;
        int left = 230;
        int top = 36;
        int width = left + laneList.size() * laneW + 20;
        int height = top + events.size() * rowH + 10;
        StringBuilder sb = new StringBuilder("<svg class=\"spacetime\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"space-time diagram\">");
        for (int i = 0; i < laneList.size(); i++) {
            int x = left + i * laneW + laneW / 2;
            sb.append("<text class=\"lane\" x=\"").append(x).append("\" y=\"18\" text-anchor=\"middle\">")
                    .append(XmlText.html(laneList.get(i))).append("</text><line x1=\"").append(x).append("\" y1=\"26\" x2=\"")
                    .append(x).append("\" y2=\"").append(height - 4).append("\" stroke=\"#bbb\"/>");
        }
        for (int row = 0; row < events.size(); row++) {
            Verdict.LoggedEvent e = events.get(row);
            boolean bad = e.file().equals(failingFile) && e.line() == failingLine;
            int y = top + row * rowH + rowH / 2;
            sb.append("<text class=\"step\" x=\"6\" y=\"").append(y + 4).append("\"").append(bad ? " fill=\"#a50e0e\"" : "").append(">")
                    .append(XmlText.html(e.file().getFileName() + ":" + e.line() + " " + e.action())).append("</text>");
            String lane = e.node() != null ? e.node() : anyNode ? null : e.file().getFileName().toString();
            if (lane == null) {
                // a global event: a bar across every lane
                sb.append("<line x1=\"").append(left + laneW / 2).append("\" y1=\"").append(y).append("\" x2=\"")
                        .append(left + (laneList.size() - 1) * laneW + laneW / 2).append("\" y2=\"").append(y)
                        .append("\" stroke=\"").append(bad ? "#d93025" : "#5f6368").append("\" stroke-width=\"4\"")
                        .append(bad ? " class=\"event diverged\"" : "").append("/>");
                continue;
            }
            int x = left + laneList.indexOf(lane) * laneW + laneW / 2;
            sb.append("<circle class=\"").append(bad ? "event diverged" : "event").append("\" cx=\"").append(x).append("\" cy=\"")
                    .append(y).append("\" r=\"").append(bad ? 8 : 5).append("\" fill=\"").append(bad ? "#d93025" : "#5f6368").append("\"/>");
        }
        return sb.append("</svg>").toString();
    }
}
