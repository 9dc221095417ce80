package dev.lockstep.speclang.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of a valid module's text, at the level the parser sees: a token deleted, duplicated
 * or swapped with its neighbour, a line's indentation shifted by a few columns (junction
 * alignment), a line deleted. Tokens are words, numbers and runs of symbol characters; the
 * {@code ----}/{@code ====} lines are left alone so a mutant is still a module.
 */
final class Mutator {
    private static final Pattern TOKEN = Pattern.compile("\\\\?[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[^\\sA-Za-z0-9_]+");

    private Mutator() {
    }

    static String mutate(String text, Random r) {
        String[] lines = text.split("\n", -1);
        List<int[]> tokens = new ArrayList<>(); // line, start, end
        for (int i = 1; i < lines.length - 2; i++) { // not the header, not the ==== line
            Matcher m = TOKEN.matcher(lines[i]);
            while (m.find()) {
                tokens.add(new int[] {i, m.start(), m.end()});
            }
        }
        if (tokens.isEmpty()) {
            return text;
        }
        int[] t = tokens.get(r.nextInt(tokens.size()));
        String line = lines[t[0]];
        switch (r.nextInt(5)) {
            case 0 -> lines[t[0]] = line.substring(0, t[1]) + line.substring(t[2]);
            case 1 -> lines[t[0]] = line.substring(0, t[2]) + " " + line.substring(t[1], t[2]) + line.substring(t[2]);
            case 2 -> {
                int k = tokens.indexOf(t);
                if (k + 1 < tokens.size() && tokens.get(k + 1)[0] == t[0]) {
                    int[] u = tokens.get(k + 1);
                    lines[t[0]] = line.substring(0, t[1]) + line.substring(u[1], u[2]) + line.substring(t[2], u[1])
                            + line.substring(t[1], t[2]) + line.substring(u[2]);
                }
            }
            case 3 -> {
                int shift = r.nextInt(7) - 3;
                lines[t[0]] = shift >= 0 ? " ".repeat(shift) + line : line.substring(Math.min(-shift, leading(line)));
            }
            default -> lines[t[0]] = null;
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (l != null) {
                sb.append(l).append('\n');
            }
        }
        return sb.substring(0, sb.length() - 1);
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
