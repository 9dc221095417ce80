package dev.lockstep.validator.report;

import dev.lockstep.validator.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The space-time diagram of the log up to a divergence: one lane per node (the events' {@code node}
 * field, else the log file), one row per event in the order the engine checked them (the logs
 * merged by their clocks), the diverging line marked. Only the last {@value #ROWS} events before the
 * divergence are drawn: those the witness carries (the engine kept them as it checked the log;
 * this reads no file). {@link SpaceTimeSvg} draws it.
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
        Set<String> laneSet = new LinkedHashSet<>();
        for (Verdict.LoggedEvent e : events) {
            laneSet.add(lane(e, anyNode));
        }
        laneSet.remove(null);
        List<String> lanes = new ArrayList<>(laneSet);
        List<SpaceTimeSvg.Row> rows = new ArrayList<>();
        for (Verdict.LoggedEvent e : events) {
            String lane = lane(e, anyNode);
            rows.add(new SpaceTimeSvg.Row(e.file().getFileName() + ":" + e.line() + " " + e.action(),
                    lane == null ? List.of() : List.of(lanes.indexOf(lane)), lane == null,
                    e.file().equals(failingFile) && e.line() == failingLine));
        }
        return SpaceTimeSvg.render(lanes, rows);
    }

    /** The event's lane, or null for an event that concerns every lane. */
    private static String lane(Verdict.LoggedEvent e, boolean anyNode) {
        return e.node() != null ? e.node() : anyNode ? null : e.file().getFileName().toString();
    }
}
