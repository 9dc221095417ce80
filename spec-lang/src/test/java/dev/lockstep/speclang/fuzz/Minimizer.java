package dev.lockstep.speclang.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Delta debugging (Zeller's ddmin) of a disagreeing case's root module: first whole lines, then the
 * tokens of each line, are removed in ever smaller chunks as long as the case still shows the same
 * kind of disagreement. The module header and end line stay.
 */
final class Minimizer {
    /** Whether a candidate text still disagrees in the same way; evaluates a batch in one round trip. */
    interface Check {
        List<Boolean> stillDisagrees(List<String> candidates) throws IOException;
    }

    private final Check check;

    Minimizer(Check check) {
        this.check = check;
    }

    String minimize(String text) throws IOException {
        String[] all = text.split("\n", -1);
        List<String> body = new ArrayList<>(List.of(all).subList(1, all.length));
        String header = all[0];
        // lines
        body = ddmin(body, parts -> header + "\n" + String.join("\n", parts));
        // tokens of each line, one line at a time
        for (int i = 0; i < body.size(); i++) {
            List<String> before = body.subList(0, i);
            List<String> after = body.subList(i + 1, body.size());
            String line = body.get(i);
            List<String> tokens = tokens(line);
            if (tokens.size() < 2) {
                continue;
            }
            List<String> kept = ddmin(tokens, parts -> header + "\n" + join(before) + String.join("", parts) + "\n"
                    + String.join("\n", after));
            List<String> next = new ArrayList<>(before);
            next.add(String.join("", kept));
            next.addAll(after);
            body = next;
        }
        return header + "\n" + String.join("\n", body);
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** A line split into tokens with their leading spaces, so joining them gives the line back. */
    private static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\\\?[A-Za-z_0-9]+|[^\\sA-Za-z0-9_]+)").matcher(line);
        int end = 0;
        while (m.find()) {
            out.add(m.group());
            end = m.end();
        }
        if (end < line.length()) {
            out.add(line.substring(end));
        }
        return out;
    }

    private List<String> ddmin(List<String> parts, java.util.function.Function<List<String>, String> render) throws IOException {
        int n = 2;
        List<String> current = parts;
        while (current.size() >= 2) {
            int chunk = (int) Math.ceil(current.size() / (double) n);
            List<List<String>> complements = new ArrayList<>();
            for (int start = 0; start < current.size(); start += chunk) {
                List<String> c = new ArrayList<>(current.subList(0, start));
                c.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
                complements.add(c);
            }
            List<String> texts = complements.stream().map(render).toList();
            List<Boolean> results = check.stillDisagrees(texts);
            int found = indexOf(results, Boolean.TRUE::equals);
            if (found >= 0) {
                current = complements.get(found);
                n = Math.max(n - 1, 2);
            } else if (n >= current.size()) {
                break;
            } else {
                n = Math.min(current.size(), n * 2);
            }
        }
        return current;
    }

    private static <T> int indexOf(List<T> xs, Predicate<T> p) {
        for (int i = 0; i < xs.size(); i++) {
            if (p.test(xs.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
