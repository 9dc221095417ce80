package dev.lockstep.validator;

/** Condenses what TLC printed while loading a spec into one message. */
final class TlcOutput {
    private TlcOutput() {
    }

    static String summary(String exceptionMessage, String output) {
        StringBuilder sb = new StringBuilder();
        boolean inErrors = false;
        for (String line : output.split("\n")) {
            String t = line.strip();
            if (t.startsWith("***") || t.contains("Parse Error") || t.startsWith("Semantic errors")
                    || t.startsWith("Encountered") || t.startsWith("Unknown operator") || t.startsWith("line ")) {
                inErrors = true;
            }
            if (t.startsWith("Residual stack trace") || t.startsWith("Starting...")) {
                inErrors = false;
                continue;
            }
            if (t.startsWith("Fatal errors") || t.startsWith("***Parse Error***")) {
                inErrors = true;
            }
            if (inErrors && !t.isEmpty() && !t.startsWith("Parsing file") && !t.startsWith("Semantic processing")
                    && !t.matches("[a-z0-9]+(\\.[a-zA-Z0-9$]+)+(Exception|Error)(:.*)?")) {
                sb.append(t).append('\n');
            }
        }
        String msg = exceptionMessage == null || exceptionMessage.equals("null") ? "" : exceptionMessage.strip();
        String out = sb.toString().strip();
        if (out.isEmpty()) {
            return msg.isEmpty() ? "TLC could not load the spec" : msg;
        }
        return msg.isEmpty() ? out : msg + "\n" + out;
    }
}
