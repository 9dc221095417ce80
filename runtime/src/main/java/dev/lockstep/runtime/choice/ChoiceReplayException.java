package dev.lockstep.runtime.choice;

/**
 * A replayed run asked a different question than the recorded one (another reason, another number
 * of options) or more questions than were recorded: the code or the spec changed since recording.
 */
public final class ChoiceReplayException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final int position;

    public ChoiceReplayException(int position, String message) {
        super("choice #" + position + ": " + message);
        this.position = position;
    }

    /** The 0-based position of the offending choice. */
    public int position() {
        return position;
    }
}
