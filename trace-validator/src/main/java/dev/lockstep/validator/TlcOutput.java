package dev.lockstep.validator;

/** Condenses what TLC printed while loading a spec into one message. */
final class TlcOutput {
    private TlcOutput() {
    }

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile(
            "line (\\d+), col(?:umn)? (\\d+)(?:.*? of module (\\w+))?");

    /**
     * Where TLC's message points ("line 3, column 9", SANY's "line 3, col 9 to ... of module M"),
     * in {@code file} or the module it names next to it; the file's start when it names no line.
     */
    static dev.lockstep.speclang.diag.SourceRange range(java.nio.file.Path file, String message) {
        java.util.regex.Matcher m = AT.matcher(message == null ? "" : message);
        if (!m.find()) {
            return dev.lockstep.speclang.diag.SourceRange.at(file, 0, 0);
        }
        java.nio.file.Path in = m.group(3) == null ? file : file.resolveSibling(m.group(3) + ".tla");
        return dev.lockstep.speclang.diag.SourceRange.at(in, Integer.parseInt(m.group(1)) - 1,
                Math.max(0, Integer.parseInt(m.group(2)) - 1));
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
