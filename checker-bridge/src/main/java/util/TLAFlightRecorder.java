package util;

/**
 * Lockstep's copy of TLC's {@code util.TLAFlightRecorder}, with the same API, recording nothing;
 * the jar Lockstep ships holds this class instead of TLC's (cli/pom.xml). TLC's copy makes every
 * message TLC or SANY prints ({@code MP.printMessage}, SANY's "Parsing file ...") and TLC's progress
 * reports Java Flight Recorder events, for Mission Control. The first event class a JVM loads sets
 * up the flight recorder's types (about 560 classes, annotation proxies, reflection) whether or not
 * anything records: 130-150 ms of every fresh JVM that loads a spec, on its critical path. Lockstep's
 * child JVMs (TLC for {@code check}, the evaluator host for {@code validate}) are never recorded,
 * and spend that in each run: a validate of a 20-line log took 0.061 +- 0.008 s (5.8%) less
 * without it (docs/performance.md, validate, session 19).
 *
 * <p>Nothing else in TLC reads these events. With another TLC ({@code --tla2tools}), that jar's own
 * class is used.
 */
public class TLAFlightRecorder {

    /** TLC's progress report (states found, per minute, the diameter): not recorded. */
    public static void progress(boolean isFinal, int diameter, long states, long distinctStates, long unseen,
                                long statesPerMinute, long distinctStatesPerMinute) {
        // nothing records
    }

    /** A message TLC or SANY prints, returned as it is: not recorded. */
    public static String message(String message) {
        return message;
    }
}
