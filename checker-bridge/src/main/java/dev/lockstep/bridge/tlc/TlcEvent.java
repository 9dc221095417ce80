package dev.lockstep.bridge.tlc;

import java.util.List;

/**
 * One item of TLC's {@code -tool} output: a framed message, or a line printed outside any frame
 * (SANY's progress and error text, {@code Print}/{@code PrintT} output, JVM errors).
 */
public sealed interface TlcEvent {

    /**
     * A framed message {@code @!@!@STARTMSG code:class @!@!@ ... @!@!@ENDMSG code @!@!@}. Codes are
     * TLC's {@code tlc2.output.EC} constants (see {@link TlcCodes}); unknown codes are kept as they are.
     *
     * @param code        TLC's message code
     * @param messageClass TLC's message class: 0 info, 1 error, 2 TLC bug, 3 warning, 4 state
     * @param body        the text between the frames, without trailing blank lines
     * @param nested      messages framed inside this one (TLC nests a config error inside 1000)
     * @param complete    false when the stream ended before the closing frame (TLC was killed)
     */
    record Message(int code, int messageClass, String body, List<Message> nested, boolean complete)
            implements TlcEvent {
        public Message {
            nested = List.copyOf(nested);
        }

        public boolean isError() {
            return messageClass == 1 || messageClass == 2;
        }

        /** This message's body followed by the bodies of nested messages. */
        public String fullText() {
            StringBuilder sb = new StringBuilder(body);
            for (Message m : nested) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(m.fullText());
            }
            return sb.toString();
        }
    }

    /** A line of output outside any frame. */
    record Output(String line) implements TlcEvent {
    }
}
