package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.check.CheckRequest;
import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.check.Outcome;
import dev.lockstep.bridge.check.SearchMode;
import dev.lockstep.bridge.check.TlcRunner;
import dev.lockstep.bridge.check.Violation;
import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.bridge.value.TlaPrinter;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.speclang.diag.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The terminal rendering of a check: a header, the verdict, the counterexample as numbered steps
 * (each with its action and where it is defined, and by default only the variables that changed),
 * and the statistics. Diagnostics go to stderr through {@link DiagnosticPrinter}.
 */
final class CheckRenderer {
    private final CliContext ctx;
    private final boolean fullStates;
    private final DiagnosticPrinter diagnostics;
    /** Warnings printed as they happened, not printed again with the result. */
    private final java.util.Set<Diagnostic> printedLive = java.util.concurrent.ConcurrentHashMap.newKeySet();

    CheckRenderer(CliContext ctx, boolean fullStates) {
        this.ctx = ctx;
        this.fullStates = fullStates;
        this.diagnostics = new DiagnosticPrinter(ctx.err());
    }

    /** Prints warnings (a stale PlusCal translation) and how workers join, as soon as they happen. */
    TlcRunner.Listener warningsListener() {
        return new TlcRunner.Listener() {
            @Override
            public void warning(Diagnostic d) {
                diagnostics.print(d);
                ctx.err().flush();
            }

            @Override
            public void serverReady(int port, int localWorkers) {
                announceServer(ctx.err(), port, localWorkers);
            }
        };
    }

    /** {@code live}, noting which warnings it showed so that {@link #result} does not repeat them. */
    TlcRunner.Listener showingLive(TlcRunner.Listener live) {
        return new TlcRunner.Listener() {
            @Override
            public void warning(Diagnostic d) {
                printedLive.add(d);
                live.warning(d);
            }

            @Override
            public void started(long pid) {
                live.started(pid);
            }

            @Override
            public void serverReady(int port, int localWorkers) {
                live.serverReady(port, localWorkers);
            }

            @Override
            public void event(dev.lockstep.bridge.tlc.TlcEvent e) {
                live.event(e);
            }
        };
    }

    static void announceServer(PrintWriter err, int port, int localWorkers) {
        err.println("lockstep: TLC server ready on port " + port + "; join workers from any host with:");
        err.println("  lockstep worker " + hostName() + " --port " + port);
        if (localWorkers > 0) {
            err.println("lockstep: starting " + localWorkers + " local worker" + (localWorkers == 1 ? "" : "s"));
        }
        err.flush();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "<this-host>";
        }
    }

    void header(CheckRequest req) {
        String mode = req.mode() instanceof SearchMode.Distributed d ? "distributed, port " + d.port()
                : req.mode() instanceof SearchMode.DepthFirst d ? "depth-first to depth " + d.depth()
                : req.mode() instanceof SearchMode.Simulation ? "simulation" : "breadth-first";
        String workers = req.mode() instanceof SearchMode.Distributed d ? d.localWorkers() + " local workers"
                : req.workers() == 0 ? "auto workers" : req.workers() + (req.workers() == 1 ? " worker" : " workers");
        ctx.err().println("lockstep: checking " + req.spec() + " (" + mode + ", " + workers
                + (req.tools().bundled() ? "" : ", " + req.tools().describe()) + ")");
        ctx.err().flush();
    }

    void result(CheckRequest req, CheckResult r) {
        PrintWriter out = ctx.out();
        for (String line : r.output()) {
            out.println("print: " + line);
        }
        for (Diagnostic d : r.diagnostics()) {
            // warnings about the run (a stale translation, the config) were printed live through the listener
            if (!printedLive.contains(d)) {
                diagnostics.print(d);
            }
        }
        ctx.err().flush();
        out.println(verdict(r));
        r.violation().ifPresent(v -> {
            if (v.location() != null) {
                out.println("  at " + v.location().display());
            }
        });
        r.trace().ifPresent(t -> printTrace(out, t, req.spec()));
        if (r.stats().totalStates() > 0) {
            out.println(r.stats().summary());
        }
        r.workDir().ifPresent(w -> out.println("work directory kept: " + w));
        out.flush();
    }

    static String verdict(CheckResult r) {
        Violation v = r.violation().orElse(null);
        return switch (r.outcome()) {
            case SUCCESS -> "No error found.";
            case SAFETY_FAILURE -> v != null && v.kind() == Violation.Kind.ASSERT ? "Assertion failed: " + v.message()
                    : "Safety violation: " + (v == null ? "" : v.property() != null
                    ? v.kind().label() + " " + v.property() + " is violated." : v.message());
            case DEADLOCK_FAILURE -> "Deadlock: a reachable state has no successor.";
            case LIVENESS_FAILURE -> "Liveness violation: " + (v != null && v.property() != null
                    ? "property " + v.property() + " is violated." : "temporal properties are violated.");
            case ASSUMPTION_FAILURE -> "Assumption failure: " + (v == null ? "an ASSUME is false." : v.message());
            case ERROR -> "Check failed (" + describeExit(r.exitCode()) + ")" + (v != null ? ": " + v.message() : ".");
        };
    }

    private static String describeExit(int code) {
        return ExitCode.of(code).map(e -> switch (e) {
            case SPEC_ERROR -> "spec error";
            case CONFIG_ERROR -> "config error";
            default -> "TLC error";
        }).orElse("TLC error");
    }

    private void printTrace(PrintWriter out, Trace t, Path spec) {
        out.println();
        out.println((t.isLasso() ? "Counterexample (a lasso of " : "Counterexample (") + t.states().size()
                + (t.states().size() == 1 ? " state):" : " states):"));
        Map<String, TlcValue> previous = null;
        for (int i = 0; i < t.states().size(); i++) {
            TraceState s = t.states().get(i);
            String action = s.action() == null ? "(step)" : s.action();
            String where = s.location() == null ? "" : "  " + locate(spec, s.location());
            out.println(String.format("%3d: %s%s%s", i + 1, action, where,
                    t.isLasso() && t.loopIndex() == i && !t.stuttering() ? "   <- loop starts here" : ""));
            for (Map.Entry<String, TlcValue> e : s.values().entrySet()) {
                TlcValue before = previous == null ? null : previous.get(e.getKey());
                boolean changed = previous == null || !e.getValue().equals(before);
                if (changed || fullStates) {
                    out.println("       " + (changed && previous != null && fullStates ? "* " : "") + e.getKey() + " = "
                            + indentContinuation(TlaPrinter.print(e.getValue())));
                }
            }
            if (previous != null && !fullStates && s.values().equals(previous)) {
                out.println("       (no variable changed)");
            }
            previous = s.values();
        }
        if (t.stuttering()) {
            out.println("       ... then stutters forever (no further step is taken)");
        } else if (t.isLasso()) {
            out.println(String.format("%3d: %s  -> back to state %d", t.states().size() + 1,
                    t.loopAction() == null ? "(step)" : t.loopAction(), t.loopIndex() + 1));
        }
        out.println();
    }

    private static String locate(Path spec, TraceState.ActionLocation l) {
        Path dir = spec.toAbsolutePath().getParent();
        Path file = dir == null ? Path.of(l.module() + ".tla") : dir.resolve(l.module() + ".tla");
        Path shown = file.startsWith(Path.of("").toAbsolutePath()) ? Path.of("").toAbsolutePath().relativize(file) : file;
        return shown + ":" + l.line() + ":" + l.column();
    }

    private static String indentContinuation(String s) {
        return s.replace("\n", "\n         ");
    }
}
