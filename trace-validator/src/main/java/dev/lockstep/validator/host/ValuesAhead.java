package dev.lockstep.validator.host;

import dev.lockstep.bridge.eval.ItfValues;
import dev.lockstep.validator.log.RawState;
import java.util.Set;
import tlc2.value.impl.Value;

/**
 * The TLC values of what a log line changes, read on the log reader's thread for a single checker.
 * With one worker the checker is the slower of the two threads (docs/performance.md, validate,
 * session 14: it runs at nearly a full core while the reader uses about a third of the other), so
 * the reader converts each value whose bytes differ from the line before's at the same position,
 * and the checker takes those values instead of reading them itself ({@link LoggedStates#make}).
 * Only values of scanned lines (bytes and hashes known) are read ahead; one that does not convert
 * is left to the checker, which reads it again and reports it as it always has. Not thread-safe:
 * one per reading thread, with its own {@link ItfValues}.
 */
final class ValuesAhead {
    private final ItfValues values;
    private RawState last;

    ValuesAhead(Set<String> modelValues) {
        this.values = new ItfValues(modelValues);
    }

    /**
     * The values of {@code state} that differ from the last state's at the same position, in the
     * line's order (null where unchanged or not converted); null when the state was not scanned.
     */
    Value[] read(RawState state) {
        if (state == null || state.ascii() == null || state.hashes() == null) {
            last = null;
            return null;
        }
        Value[] out = new Value[state.size()];
        for (int i = 0; i < out.length; i++) {
            if (last != null && i < last.size() && state.sameText(i, last, i)) {
                continue;   // the checker has it from the line before (or reads it, if it skipped that line)
            }
            try {
                out[i] = values.parse(state.ascii(), state.starts()[i], state.ends()[i]);
            } catch (ItfValues.BadValue | RuntimeException e) {
                // left to the checker, which reports it where it reads it
            }
        }
        last = state;
        return out;
    }
}
