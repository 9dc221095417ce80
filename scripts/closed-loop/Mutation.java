import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The mutation check: seeded mutations of a spec's generated guards and effects (a negated or
 * weakened guard, a changed constant, a dropped update, a swapped assignment target), each
 * compiled over the unmutated classes, run as the loop runs the original (same steps and seed),
 * and its log validated. A mutant is caught when its run fails (an exception, exit 11 of a stuck
 * implementation) or {@code lockstep validate} finds its log does not conform: a step the spec
 * does not allow, or a logged {@code allowed} set (what the runner would choose from) that differs
 * from what TLC enables in that state, which is how a wrong guard is caught (also one that
 * deadlocks the run where the spec is not deadlocked: the last line's empty set).
 * Sites are found by the generated methods' names ({@code XGuard}, {@code XSuccessors}) and the
 * next-state assignments in them ({@code Value x1 = ...}).
 */
final class Mutation {
    enum Operator { NEGATE_GUARD, WEAKEN_GUARD, CHANGE_CONSTANT, DROP_UPDATE, SWAP_TARGETS }

    /** Runs (seeds) per mutant unless {@code --mutate-runs} says otherwise. */
    static final int RUNS = 3;

    enum Fate { NOT_COMPILED, CAUGHT_BY_RUN, CAUGHT_BY_VALIDATE, SURVIVED_SAME_LOG, SURVIVED }

    record Mutant(Operator op, String site, String source) {
    }

    record Result(Mutant mutant, Fate fate, String detail) {
    }

    record Summary(String spec, List<Result> results) {
        long count(Fate f) {
            return results.stream().filter(r -> r.fate() == f).count();
        }

        long compiled() {
            return results.size() - count(Fate.NOT_COMPILED);
        }

        long caught() {
            return count(Fate.CAUGHT_BY_RUN) + count(Fate.CAUGHT_BY_VALIDATE);
        }
    }

    private static final java.util.regex.Pattern GUARD = java.util.regex.Pattern.compile(
            "^    public boolean (\\w+)Guard\\(.*\\) \\{$");
    private static final java.util.regex.Pattern SUCCESSORS = java.util.regex.Pattern.compile(
            "^    protected void (\\w+)Successors\\(.*\\) \\{$");
    private static final java.util.regex.Pattern ASSIGN = java.util.regex.Pattern.compile(
            "^(\\s+)Value (\\w+?)1(_\\d+)? = (.+);$");
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("Tla\\.integer\\((\\d+)\\)");
    private static final java.util.regex.Pattern STRING = java.util.regex.Pattern.compile("Values\\.str\\(\"([^\"]*)\"\\)");

    /** Every mutant of the Base class's source {@code lines}, by operator. */
    static Map<Operator, List<Mutant>> mutants(List<String> lines) {
        Map<Operator, List<Mutant>> out = new LinkedHashMap<>();
        for (Operator op : Operator.values()) {
            out.put(op, new ArrayList<>());
        }
        Map<String, String> unchanged = new LinkedHashMap<>();
        for (String l : lines) {
            java.util.regex.Matcher a = ASSIGN.matcher(l);
            if (a.matches() && a.group(4).matches("([\\w.]+\\()?s\\." + a.group(2) + "\\(\\)(\\)|\\.value\\(\\))?")) {
                unchanged.putIfAbsent(a.group(2), a.group(4));
            }
        }
        String action = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            java.util.regex.Matcher g = GUARD.matcher(l);
            if (g.matches()) {
                guardMutants(lines, i, g.group(1), out);
                continue;
            }
            java.util.regex.Matcher sm = SUCCESSORS.matcher(l);
            if (sm.matches()) {
                action = sm.group(1);
            } else if (l.equals("    }")) {
                action = null;
            }
            java.util.regex.Matcher a = ASSIGN.matcher(l);
            if (action == null || !a.matches()) {
                continue;
            }
            String var = a.group(2);
            String rhs = a.group(4);
            String site = action + ": " + var + "' (line " + (i + 1) + ")";
            String head = a.group(1) + "Value " + var + "1" + (a.group(3) == null ? "" : a.group(3)) + " = ";
            if (!rhs.equals(unchanged.get(var))) {
                java.util.regex.Matcher n = INTEGER.matcher(rhs);
                java.util.regex.Matcher str = STRING.matcher(rhs);
                java.util.regex.Matcher c = n.find() ? n : str.find() ? str : null;
                if (c != null) {
                    String to = c == n ? "Tla.integer(" + (Long.parseLong(n.group(1)) + 1) + ")"
                            : "Values.str(\"" + str.group(1) + "_mutated\")";
                    out.get(Operator.CHANGE_CONSTANT).add(replace(lines, i, head + rhs.substring(0, c.start()) + to
                            + rhs.substring(c.end()) + ";", Operator.CHANGE_CONSTANT, site + ", " + c.group() + " -> " + to));
                }
                if (unchanged.containsKey(var)) {
                    out.get(Operator.DROP_UPDATE).add(replace(lines, i, head + unchanged.get(var) + ";",
                            Operator.DROP_UPDATE, site));
                }
            }
            java.util.regex.Matcher b = i + 1 < lines.size() ? ASSIGN.matcher(lines.get(i + 1)) : null;
            if (b != null && b.matches() && !b.group(2).equals(var) && !(rhs.equals(unchanged.get(var))
                    && b.group(4).equals(unchanged.get(b.group(2))))) {
                List<String> copy = new ArrayList<>(lines);
                copy.set(i, head + b.group(4) + ";");
                copy.set(i + 1, b.group(1) + "Value " + b.group(2) + "1" + (b.group(3) == null ? "" : b.group(3))
                        + " = " + rhs + ";");
                out.get(Operator.SWAP_TARGETS).add(new Mutant(Operator.SWAP_TARGETS,
                        action + ": " + var + "' and " + b.group(2) + "' swapped (line " + (i + 1) + ")", String.join("\n", copy)));
            }
        }
        return out;
    }

    /**
     * Guard mutants, one per conjunct of the guard method ({@code return A\n && B;}): the
     * conjunct negated, or dropped (the guard weakened). The generated code may test the same
     * conjunct again in the action's successors ({@code if (A) {}); a bug in the guard is in
     * both, so the mutation is applied wherever the conjunct is tested.
     */
    private static void guardMutants(List<String> lines, int at, String action, Map<Operator, List<Mutant>> out) {
        int end = at + 1;
        while (end < lines.size() && !lines.get(end).equals("    }")) {
            end++;
        }
        if (end == at + 1 || !lines.get(at + 1).strip().startsWith("return ") || !lines.get(end - 1).endsWith(";")) {
            return;
        }
        List<String> conjuncts = new ArrayList<>();
        for (int i = at + 1; i < end; i++) {
            String c = lines.get(i).strip();
            c = c.startsWith("return ") ? c.substring("return ".length()) : c.startsWith("&& ") ? c.substring(3) : null;
            if (c == null) {
                return; // not one conjunct per line: left alone
            }
            conjuncts.add(c.endsWith(";") ? c.substring(0, c.length() - 1) : c);
        }
        for (int k = 0; k < conjuncts.size(); k++) {
            String c = conjuncts.get(k);
            int line = at + 2 + k;
            String site = action + "Guard conjunct " + (k + 1) + " of " + conjuncts.size() + " (line " + line + ")";
            List<String> neg = new ArrayList<>(lines);
            List<String> weak = new ArrayList<>(lines);
            String text = lines.get(line - 1);
            neg.set(line - 1, text.replace(c, "!(" + c + ")"));
            weak.set(line - 1, text.replace(c, "true"));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("if (" + c + ") {")) {
                    neg.set(i, lines.get(i).replace("if (" + c + ")", "if (!(" + c + "))"));
                    weak.set(i, lines.get(i).replace("if (" + c + ")", "if (true)"));
                }
            }
            out.get(Operator.NEGATE_GUARD).add(new Mutant(Operator.NEGATE_GUARD, site, String.join("\n", neg)));
            if (!weak.equals(lines)) {   // a guard that is already `true` (all of it in the successors) has nothing to drop
                out.get(Operator.WEAKEN_GUARD).add(new Mutant(Operator.WEAKEN_GUARD, site + " dropped",
                        String.join("\n", weak)));
            }
        }
    }

    private static Mutant replace(List<String> lines, int i, String line, Operator op, String site) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(i, line);
        return new Mutant(op, site, String.join("\n", copy));
    }

    /**
     * Up to {@code perOperator} mutants of each operator, picked with {@code seed}, checked one by
     * one, each with {@code runs} runs of the generated Main (seeds {@code run.seed()}, {@code
     * run.seed() + 1}, ...).
     */
    static Summary check(ClosedLoop.Built b, int perOperator, long seed, ClosedLoop.Run run, int runs)
            throws IOException {
        String type = b.main().substring(0, b.main().length() - "Main".length());
        Path baseFile;
        try (Stream<Path> s = Files.walk(b.src())) {
            baseFile = s.filter(p -> p.getFileName().toString().equals(type + "Base.java")).findFirst().orElse(null);
        }
        List<Result> results = new ArrayList<>();
        String name = b.folder().getFileName().toString();
        if (baseFile == null) {
            return new Summary(name, results);
        }
        List<String> lines = Files.readAllLines(baseFile);
        java.util.Random random = new java.util.Random(seed * 31 + name.hashCode());
        List<Mutant> picked = new ArrayList<>();
        for (List<Mutant> ms : mutants(lines).values()) {
            List<Mutant> shuffled = new ArrayList<>(ms);
            java.util.Collections.shuffle(shuffled, random);
            picked.addAll(shuffled.subList(0, Math.min(perOperator, shuffled.size())));
        }
        // each mutant runs with the same seeds; the unmutated code's logs of the same seeds tell
        // a mutation the runs never exercised (or an equivalent one) from a real survivor
        List<byte[]> original = new ArrayList<>();
        for (int j = 0; j < runs; j++) {
            Path log = j == 0 ? b.log() : b.dir().resolve("unmutated-" + j + ".ndjson");
            if (j > 0 && ClosedLoop.runMain(List.of(b.classes()), b.pkg() + "." + b.main(), log,
                    run.withSeed(run.seed() + j)).isPresent()) {
                return new Summary(name, results);
            }
            original.add(Files.readAllBytes(log));
        }
        Map<Mutant, List<Path>> toValidate = new LinkedHashMap<>();
        for (int k = 0; k < picked.size(); k++) {
            Mutant m = picked.get(k);
            Path dir = b.dir().resolve("mutant-" + (k + 1));
            Path src = dir.resolve("src").resolve(b.src().relativize(baseFile));
            Path classes = dir.resolve("classes");
            Files.createDirectories(src.getParent());
            Files.createDirectories(classes);
            Files.writeString(src, m.source() + "\n");
            Optional<String> err = ClosedLoop.compile(List.of(src), classes,
                    b.classes() + java.io.File.pathSeparator + System.getProperty("java.class.path"));
            if (err.isPresent()) {
                results.add(new Result(m, Fate.NOT_COMPILED, err.get()));
                continue;
            }
            List<Path> logs = new ArrayList<>();
            Optional<String> failed = Optional.empty();
            for (int j = 0; j < runs && failed.isEmpty(); j++) {
                Path log = dir.resolve(name + "-" + j + ".ndjson");
                failed = ClosedLoop.runMain(List.of(classes, b.classes()), b.pkg() + "." + b.main(), log,
                        run.withSeed(run.seed() + j)).map(f -> "seed " + (run.seed() + logs.size()) + ": " + f);
                if (failed.isEmpty() && !Files.isRegularFile(log)) {
                    failed = Optional.of("no log written");
                }
                logs.add(log);
            }
            if (failed.isPresent()) {
                results.add(new Result(m, Fate.CAUGHT_BY_RUN, failed.get()));
            } else {
                toValidate.put(m, logs);
            }
        }
        validate(b, toValidate, original, results);
        Summary sum = new Summary(name, results);
        System.out.printf("  mutants of %s: %d made, %d compiled, %d caught (run %d, validate %d), %d survived%n", name,
                results.size(), sum.compiled(), sum.caught(), sum.count(Fate.CAUGHT_BY_RUN),
                sum.count(Fate.CAUGHT_BY_VALIDATE), sum.count(Fate.SURVIVED) + sum.count(Fate.SURVIVED_SAME_LOG));
        for (Result r : results) {
            if (r.fate() == Fate.SURVIVED || r.fate() == Fate.SURVIVED_SAME_LOG) {
                System.out.println("    survived " + r.mutant().op().name().toLowerCase() + " " + r.mutant().site() + ": "
                        + r.detail());
            }
        }
        System.out.flush();
        return sum;
    }

    /** Validates the mutants' logs in one run of validate (each log file is its own trace with its own verdict). */
    private static void validate(ClosedLoop.Built b, Map<Mutant, List<Path>> mutants, List<byte[]> original, List<Result> results)
            throws IOException {
        if (mutants.isEmpty()) {
            return;
        }
        Map<Path, Mutant> logs = new LinkedHashMap<>();
        mutants.forEach((m, ps) -> ps.forEach(p -> logs.put(p, m)));
        List<String> args = new ArrayList<>(List.of("validate", b.tla().toString(), "--json", "--trace"));
        logs.keySet().forEach(p -> args.add(p.toString()));
        ClosedLoop.Cli val = ClosedLoop.cli(args.toArray(String[]::new));
        Map<String, String> verdicts = new LinkedHashMap<>();
        try {
            com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(val.out());
            if (j.has("traces")) {
                // a log holds a trace per behaviour (the Main starts a new one when a behaviour ends):
                // the log conforms when every trace of it does
                for (com.fasterxml.jackson.databind.JsonNode t : j.get("traces")) {
                    verdicts.merge(t.path("file").asText(), t.path("verdict").asText()
                            + (t.has("witness") ? ": " + t.get("witness").path("message").asText() : ""),
                            (was, now) -> was.startsWith("conforms") ? now : was);
                }
            } else if (logs.size() == 1) {
                verdicts.put(logs.keySet().iterator().next().toString(), j.path("verdict").asText()
                        + (j.has("witness") ? ": " + j.get("witness").path("message").asText() : ""));
            }
        } catch (IOException e) {
            // not JSON: each log is validated alone below
        }
        for (Map.Entry<Mutant, List<Path>> e : mutants.entrySet()) {
            String caught = null;
            boolean same = true;
            for (int j = 0; j < e.getValue().size(); j++) {
                Path log = e.getValue().get(j);
                String v = verdicts.get(log.toString());
                if (v == null) {
                    ClosedLoop.Cli one = ClosedLoop.cli("validate", b.tla().toString(), "--trace", log.toString());
                    v = one.exit() == 0 ? "conforms" : "exit " + one.exit() + ": " + ClosedLoop.firstError(one.out() + one.err());
                }
                if (!v.startsWith("conforms")) {
                    caught = log.getFileName() + ": " + ClosedLoop.oneLine(v);
                    break;
                }
                same &= java.util.Arrays.equals(original.get(j), Files.readAllBytes(log));
            }
            if (caught != null) {
                results.add(new Result(e.getKey(), Fate.CAUGHT_BY_VALIDATE, caught));
            } else {
                results.add(new Result(e.getKey(), same ? Fate.SURVIVED_SAME_LOG : Fate.SURVIVED, same
                        ? "every log equals the unmutated run's: the runs never exercised the mutation, or it is equivalent"
                        : "a log differs from the unmutated run's and the spec allows it"));
            }
        }
    }

    /** Prints the totals over every spec, and per operator; returns the percentage caught. */
    static double printTotals(List<Summary> all) {
        long compiled = all.stream().mapToLong(Summary::compiled).sum();
        long caught = all.stream().mapToLong(Summary::caught).sum();
        long notCompiled = all.stream().mapToLong(x -> x.count(Fate.NOT_COMPILED)).sum();
        System.out.printf("mutants: %d compiled over %d specs (%d did not compile), %d caught (%.1f%%)%n", compiled,
                all.size(), notCompiled, caught, compiled == 0 ? 0.0 : 100.0 * caught / compiled);
        for (Operator op : Operator.values()) {
            List<Result> of = all.stream().flatMap(x -> x.results().stream())
                    .filter(r -> r.mutant().op() == op && r.fate() != Fate.NOT_COMPILED).toList();
            long c = of.stream().filter(r -> r.fate() == Fate.CAUGHT_BY_RUN || r.fate() == Fate.CAUGHT_BY_VALIDATE).count();
            System.out.printf("  %-16s %d of %d caught%n", op.name().toLowerCase(), c, of.size());
        }
        return compiled == 0 ? 100.0 : 100.0 * caught / compiled;
    }
}
