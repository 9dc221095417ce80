package dev.lockstep.speclang.fuzz;

import dev.lockstep.speclang.SanyOracle;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import util.ToolIO;

/**
 * The reference tools' side of the differential fuzzer, run in a child JVM kept warm across
 * batches: SANY (tla2sany) on each case's root module and, for a case with a PlusCal algorithm,
 * the PlusCal translator ({@code pcal.trans}) on a copy, then SANY on the translation. Both tools
 * keep static state, so they run one case at a time, and nothing else runs in this JVM.
 *
 * <p>Protocol: the parent writes a {@link Batch} with an {@link ObjectOutputStream} on stdin; the
 * child answers with a {@link Answers} of the same length, in order. EOF on stdin ends the child.
 */
public final class ReferenceTools {
    /** One case: the root module {@code root} in folder {@code dir} (its other modules beside it). */
    public record Case(String dir, String root, boolean pluscal) implements Serializable {
    }

    /** Several cases, answered in one round trip. */
    public record Batch(List<Case> cases) implements Serializable {
    }

    /**
     * The reference verdict: {@code accepted} (SANY accepts, and the translator translates an
     * algorithm), the 1-based line of the first error in the root file (0 when no line is named
     * there), whether SANY warned, which tool rejected, and the tools' output.
     */
    public record Verdict(boolean accepted, int errorLine, boolean warnings, Tool rejectedBy, String output)
            implements Serializable {
    }

    /** Which reference tool rejected a case. */
    public enum Tool { NONE, SANY, PCAL, SANY_ON_TRANSLATION }

    /** The answers to one {@link Batch}, in its order, with the time each case took here (ns). */
    public record Answers(List<Verdict> verdicts, long[] nanos) implements Serializable {
    }

    private ReferenceTools() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) { // by hand: ReferenceTools FILE... compares each file, in this JVM
            for (String a : args) {
                Path f = Path.of(a).toAbsolutePath();
                String text = Files.readString(f);
                Verdict v = judge(new Case(f.getParent().toString(), f.getFileName().toString(), text.contains("--algorithm")
                        || text.contains("--fair algorithm")));
                SpecLangJudge.Verdict mine = SpecLangJudge.judge(f);
                String d = Disagreement.between(v, mine).map(x -> "DISAGREE (" + x.kind() + ")"
                        + (args.length == 1 ? "\n" + x.detail() : "")).orElse("agree");
                System.out.println(a + ": " + d + "; reference " + (v.accepted() ? "accepts" : "rejects by " + v.rejectedBy()
                        + " line " + v.errorLine()) + (v.warnings() ? " with warnings" : "") + (args.length == 1 ? "\n" + v.output() : ""));
            }
            return;
        }
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        Thread watch = new Thread(() -> {
            while (parent != null && parent.isAlive()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(3); // never outlive the fuzzer, however it died
        });
        watch.setDaemon(true);
        watch.start();
        ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(System.in));
        ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(System.out));
        out.flush();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(quiet); // the tools print; only the answers go to the parent
        while (true) {
            Batch batch;
            try {
                batch = (Batch) in.readObject();
            } catch (java.io.EOFException e) {
                return;
            }
            List<Verdict> verdicts = new ArrayList<>();
            long[] nanos = new long[batch.cases().size()];
            for (Case c : batch.cases()) {
                long t0 = System.nanoTime();
                verdicts.add(judge(c));
                nanos[verdicts.size() - 1] = System.nanoTime() - t0;
            }
            out.writeObject(new Answers(verdicts, nanos));
            out.flush();
            out.reset();
        }
    }

    /** SANY, and for PlusCal the translator then SANY on its output. */
    public static Verdict judge(Case c) {
        Path root = Path.of(c.dir(), c.root());
        String module = c.root().replaceFirst("\\.tla$", "");
        if (!c.pluscal()) {
            return sany(root, module, Tool.SANY);
        }
        Path pdir = null;
        try {
            // the translator writes the translation into the file: work on a copy, never on the case
            pdir = Files.createTempDirectory("pcal");
            try (var files = Files.list(Path.of(c.dir()))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".tla")).toList()) {
                    Files.copy(f, pdir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path copy = pdir.resolve(c.root());
            String out = translate(copy);
            if (out.startsWith("OK")) {
                Verdict v = sany(copy, module, Tool.SANY_ON_TRANSLATION);
                // a line in or after the translation is not a line of the case
                List<String> lines = Files.readAllLines(copy);
                int begin = lines.size();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("BEGIN TRANSLATION")) {
                        begin = i + 1;
                        break;
                    }
                }
                return v.errorLine() >= begin ? new Verdict(false, 0, v.warnings(), v.rejectedBy(), v.output()) : v;
            }
            return new Verdict(false, pcalLine(out), false, Tool.PCAL, out);
        } catch (IOException e) {
            return new Verdict(false, 0, false, Tool.PCAL, "cannot copy: " + e);
        } finally {
            deleteTree(pdir);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch folder under java.io.tmpdir: left for the next clean
        }
    }

    private static Verdict sany(Path file, String module, Tool tool) {
        SanyOracle.Verdict v = SanyOracle.check(file);
        return new Verdict(v.accepted(), v.accepted() ? 0 : sanyLine(v.output(), module), v.warnings(),
                v.accepted() ? Tool.NONE : tool, v.output());
    }

    private static final Pattern PARSE_ERROR = Pattern.compile("Encountered .*? at line (\\d+), column");
    private static final Pattern LEXICAL_ERROR = Pattern.compile("Lexical error at line (\\d+), column");
    private static final Pattern PARSE_CHECK = Pattern.compile("(?m)^line (\\d+), col \\d+ to line \\d+, col \\d+ of module (\\w+):");
    private static final Pattern SEMANTIC = Pattern.compile("line (\\d+), col \\d+ to line \\d+, col \\d+ of module (\\w+)");

    /** The line SANY's first error names in {@code module}, or 0. */
    static int sanyLine(String out, String module) {
        int parse = out.indexOf("***Parse Error***");
        if (parse >= 0) {
            Matcher m = PARSE_ERROR.matcher(out);
            if (m.find(parse)) {
                return parsingRoot(out, parse, module) ? Integer.parseInt(m.group(1)) : 0;
            }
            // an error the parser's own checks raise, on a line of its own ("line 4, col 7 to line 4,
            // col 18 of module M: proof of step that does not take a proof"); the lines of its layout
            // and precedence messages ("Item at line ...", "Precedence conflict ...") are not compared
            Matcher located = PARSE_CHECK.matcher(out);
            if (located.find(parse) && out.indexOf("Residual stack trace", parse) > located.start()) {
                return located.group(2).equals(module) ? Integer.parseInt(located.group(1)) : 0;
            }
        }
        Matcher lex = LEXICAL_ERROR.matcher(out);
        if (lex.find()) {
            return parsingRoot(out, lex.start(), module) ? Integer.parseInt(lex.group(1)) : 0;
        }
        int errors = out.indexOf("*** Errors:");
        if (errors >= 0) {
            Matcher m = SEMANTIC.matcher(out);
            if (m.find(errors)) {
                return m.group(2).equals(module) ? Integer.parseInt(m.group(1)) : 0;
            }
        }
        return 0;
    }

    /** Whether the file SANY was parsing at {@code at} in its output is the root module's. */
    private static boolean parsingRoot(String out, int at, String module) {
        int parsing = out.lastIndexOf("Parsing file ", at);
        if (parsing < 0) {
            return true;
        }
        int end = out.indexOf('\n', parsing);
        String file = out.substring(parsing + "Parsing file ".length(), end < 0 ? out.length() : end).strip();
        return Path.of(file).getFileName().toString().equals(module + ".tla");
    }

    private static final Pattern PCAL_LINE = Pattern.compile("line (\\d+), column");

    static int pcalLine(String out) {
        Matcher m = PCAL_LINE.matcher(out);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Runs {@code pcal.trans -nocfg} in this JVM; "OK..." or "FAILED" followed by its output. */
    static synchronized String translate(Path file) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        PrintStream oldOut = ToolIO.out;
        PrintStream oldErr = ToolIO.err;
        PrintStream sysOut = System.out;
        PrintStream sysErr = System.err;
        ToolIO.out = capture;
        ToolIO.err = capture;
        System.setOut(capture);
        System.setErr(capture);
        int status;
        try {
            pcal.PcalParams.resetParams(); // the translator's options and state are static
            // set while a macro is parsed and left set when the parse fails there: the next
            // algorithm's labels would all be "in a macro" (ParseAlgorithm.Init does not reset it)
            pcal.ParseAlgorithm.inGetMacro = false;
            ToolIO.reset();
            ToolIO.setMode(ToolIO.TOOL); // in its default mode it ends the JVM when done
            Class<?> trans = Class.forName("pcal.trans");
            Method run = trans.getDeclaredMethod("runMe", String[].class);
            run.setAccessible(true);
            status = (Integer) run.invoke(null, (Object) new String[] {"-nocfg", file.toAbsolutePath().toString()});
        } catch (ReflectiveOperationException | RuntimeException | StackOverflowError e) {
            Throwable t = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            capture.println("pcal.trans threw " + t);
            status = -1;
        } finally {
            for (String m : ToolIO.getAllMessages()) {
                capture.println(m);
            }
            ToolIO.reset();
            ToolIO.setMode(ToolIO.SYSTEM);
            ToolIO.out = oldOut;
            ToolIO.err = oldErr;
            System.setOut(sysOut);
            System.setErr(sysErr);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        return (status != -1 ? "OK\n" : "FAILED\n") + out;
    }
}
