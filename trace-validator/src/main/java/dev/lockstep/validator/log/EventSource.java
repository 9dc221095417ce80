package dev.lockstep.validator.log;

import java.nio.file.Path;

/** A stream of log events, read lazily so memory does not grow with the log. */
public interface EventSource extends AutoCloseable {

    /** The file the events come from (the first one, for merged sources). */
    Path file();

    /** The next event, or null at the end (or when a problem stops reading). */
    LogEvent next();

    @Override
    void close();
}
