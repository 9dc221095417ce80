package dev.lockstep.validator.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * One event of a log, in the native format (design.md, "Native log"), with where it came from.
 *
 * @param file   the log file
 * @param line   1-based line number in that file
 * @param action the spec action the event names ({@code Init} for the initial state)
 * @param params the action's parameters by name (ITF values), or null
 * @param state  spec variable -> ITF value after the step (unparsed); absent variables are unlogged
 * @param node   the process that wrote it, or null
 * @param clock  its logical clock, or null
 * @param raw    the line as read, when it is already a native event (sent on without re-encoding)
 * @param paramsText the {@code params} object's text as it appears in the line, or null
 * @param instanceLists whether the line has a {@code refused} or {@code allowed} field (design.md,
 *               "Refused steps"), so only such lines are parsed again for them
 * @param mapped the line's fields and the mapping rule that applies, for a log read through a
 *               mapping with rules ({@link StepRules}); null otherwise
 */
public record LogEvent(Path file, long line, String action, ObjectNode params, RawState state, String node,
                       Clock clock, String raw, String paramsText, boolean instanceLists, Mapped mapped) {

    /** A line of a log read through mapping rules: the rule that applies and the line's fields. */
    public record Mapped(StepRules.Rule rule, com.fasterxml.jackson.databind.JsonNode fields) {
    }

    public LogEvent(Path file, long line, String action, ObjectNode params, RawState state, String node,
                    Clock clock, String raw, String paramsText, boolean instanceLists) {
        this(file, line, action, params, state, node, clock, raw, paramsText, instanceLists, null);
    }

    /**
     * The line as logged. A line the reader scanned from its bytes keeps no text of its own (it is
     * its state's bytes): that is made when asked, for reports and the rare line with refused or
     * allowed lists.
     */
    @Override
    public String raw() {
        return raw != null || state == null || state.ascii() == null ? raw
                : new String(state.ascii(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Whether the event has its line's text ({@link #raw} is not null), without making it. */
    public boolean hasRaw() {
        return raw != null || state != null && state.ascii() != null;
    }

    /** This event with the mapping's view of its line. */
    public LogEvent withMapped(Mapped m) {
        return new LogEvent(file, line, action, params, state, node, clock, raw, paramsText, instanceLists, m);
    }

    /** This event as read again at line {@code number} of the same file (a line repeated byte for byte). */
    public LogEvent atLine(long number) {
        return new LogEvent(file, number, action, params, state, node, clock, raw, paramsText, instanceLists, mapped);
    }

    /** "path:line", as reports show it. */
    public String where() {
        return file + ":" + line;
    }
}
