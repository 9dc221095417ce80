package dev.lockstep.bridge.trace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of the source location TLC and SANY print, {@code line 5, col 8 to line 5, col 66
 * of module M} (1-based): in a behaviour's step labels, in TLC's error messages and in SANY's
 * semantic report.
 */
public final class TlcLocations {
    /**
     * The location as a regular expression with five groups: line, column, end line, end column,
     * module; for patterns that embed it (a step label around it, a whole line of SANY's report).
     */
    public static final String REGEX = "line (\\d+), col (\\d+) to line (\\d+), col (\\d+) of module (\\w+)";
    private static final Pattern LOCATION = Pattern.compile(REGEX);

    private TlcLocations() {
    }

    /** The first location in {@code text}. */
    public static Optional<TraceState.ActionLocation> find(CharSequence text) {
        Matcher m = LOCATION.matcher(text);
        return m.find() ? Optional.of(read(m, 1)) : Optional.empty();
    }

    /** The location a match of a pattern embedding {@link #REGEX} found, its groups from {@code first} on. */
    public static TraceState.ActionLocation read(Matcher m, int first) {
        return new TraceState.ActionLocation(m.group(first + 4), Integer.parseInt(m.group(first)),
                Integer.parseInt(m.group(first + 1)), Integer.parseInt(m.group(first + 2)), Integer.parseInt(m.group(first + 3)));
    }
}
