package dev.lockstep.validator.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A space-time diagram of the log up to a divergence: one lane per node (the events' {@code node}
 * field, else the log file), one row per event in clock order (file order when there is no
 * integer clock), the diverging line marked. Only the last {@value #ROWS} events before the
 * divergence are drawn. Reads the logs again, leniently: lines that do not parse are skipped (the
 * validator reported them already).
 */
final class LogSpaceTime {
    static final int ROWS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Event(String lane, String action, Path file, long line, long clock, int order) {
    }

    private LogSpaceTime() {
    }

    /** The SVG, or an empty string when the logs show fewer than two lanes. */
    static String svg(List<Path> files, Path failingPath, long failingLine) {
        Path failingFile = failingPath == null ? null : failingPath.toAbsolutePath().normalize();
        List<Event> events = new ArrayList<>();
        int order = 0;
        for (Path given : files) {
            Path f = given.toAbsolutePath().normalize();
            try (BufferedReader r = reader(f)) {
                String text;
                long line = 0;
                while ((text = r.readLine()) != null) {
                    line++;
                    if (f.equals(failingFile) && line > failingLine) {
                        break;
                    }
                    Event e = event(text, f, line, order++);
                    if (e != null) {
                        events.add(e);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
        boolean clocked = events.stream().allMatch(e -> e.clock() >= 0);
        if (clocked) {
            events.sort(Comparator.comparingLong(Event::clock).thenComparingInt(Event::order));
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
        boolean anyNode = events.stream().anyMatch(e -> e.lane() != null);
        Set<String> lanes = new LinkedHashSet<>();
        for (Event e : events) {
            lanes.add(e.lane() != null ? e.lane() : anyNode ? null : e.file().getFileName().toString());
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
                    .append(HtmlReport.esc(laneList.get(i))).append("</text><line x1=\"").append(x).append("\" y1=\"26\" x2=\"")
                    .append(x).append("\" y2=\"").append(height - 4).append("\" stroke=\"#bbb\"/>");
        }
        for (int row = 0; row < events.size(); row++) {
            Event e = events.get(row);
            boolean bad = e.file().equals(failingFile) && e.line() == failingLine;
            int y = top + row * rowH + rowH / 2;
            sb.append("<text class=\"step\" x=\"6\" y=\"").append(y + 4).append("\"").append(bad ? " fill=\"#a50e0e\"" : "").append(">")
                    .append(HtmlReport.esc(e.file().getFileName() + ":" + e.line() + " " + e.action())).append("</text>");
            String lane = e.lane() != null ? e.lane() : anyNode ? null : e.file().getFileName().toString();
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

    private static Event event(String text, Path file, long line, int order) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
        if (n == null || !n.isObject()) {
            return null;
        }
        String lane = n.path("node").isTextual() ? n.get("node").asText() : null;
        long clock = n.path("clock").canConvertToLong() ? n.get("clock").asLong() : -1;
        return new Event(lane, n.path("action").asText("?"), file, line, clock, order);
    }

    private static BufferedReader reader(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        in = new java.io.BufferedInputStream(in);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
