package dev.lockstep.speclang.fuzz;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.resolve.ResolvedSpec;
import dev.lockstep.speclang.resolve.Resolver;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** spec-lang's side of the differential fuzzer: parse and resolve, as {@code lockstep parse} does. */
final class SpecLangJudge {
    /** spec-lang's verdict: accepted (no error), the 1-based line of its first error (0: none), warnings. */
    record Verdict(boolean accepted, int errorLine, boolean warnings, String diagnostics) {
    }

    private SpecLangJudge() {
    }

    static Verdict judge(Path root) {
        ParseResult parsed = SpecParser.parse(root);
        ResolvedSpec resolved = Resolver.resolve(parsed);
        List<Diagnostic> all = resolved.allDiagnostics();
        // SANY reports syntax errors first, then semantic errors in the order its walk finds them
        // (a RECURSIVE operator never defined at the end of its module); the resolver's
        // diagnostics are in the order it found them, allDiagnostics sorts them by position
        List<Diagnostic> sanyOrder = parsed.hasErrors() ? all : resolved.diagnostics();
        Diagnostic firstError = sanyOrder.stream().filter(Diagnostic::isError).findFirst().orElse(null);
        int line = firstError == null || firstError.range() == null ? 0 : firstError.range().start().line() + 1;
        boolean warnings = all.stream().anyMatch(d -> d.severity() == Severity.WARNING);
        String text = all.stream().filter(d -> d.isError() || d.severity() == Severity.WARNING)
                .map(d -> (d.range() == null ? "-" : d.range().start().display()) + " " + d.severity().label() + " "
                        + d.code().id() + " " + d.message())
                .collect(Collectors.joining("\n"));
        return new Verdict(firstError == null, line, warnings, text);
    }
}
