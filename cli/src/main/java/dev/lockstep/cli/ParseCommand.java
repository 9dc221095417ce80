package dev.lockstep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.ast.AstDump;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.resolve.Resolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lockstep parse FILE... [--json]}: parses TLA+ modules and their PlusCal algorithm with
 * spec-lang, resolves names (unknown names, missing modules, arity) and prints the diagnostics;
 * exit 150 if any is an error. With {@code --json} the AST
 * (modules, algorithm, diagnostics; each node has "node": its type; ranges 0-based {@code [startLine, startCol, endLine, endCol]})
 * goes to stdout: one object for one file, an array for several.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse TLA+ modules and their PlusCal algorithm; report syntax errors.")
public final class ParseCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TLA+ files to parse.")
    List<Path> files;

    @Mixin
    LibraryOption library = new LibraryOption();

    @Option(names = "--json", description = "Print the syntax tree as JSON on stdout.")
    boolean json;

    public ParseCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        DiagnosticPrinter printer = new DiagnosticPrinter(ctx.err());
        ModuleLibrary modules = library.resolve(ctx);
        int errors = 0;
        List<Object> trees = new ArrayList<>();
        for (Path file : files) {
            ParseResult result = SpecParser.parse(file);
            List<Diagnostic> diagnostics = Resolver.resolve(result, modules.userDirs()).allDiagnostics();
            errors += printer.printAll(diagnostics);
            if (json) {
                trees.add(tree(result, diagnostics));
            } else if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                ctx.out().println(file + ": ok");
            }
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            try {
                ctx.out().println(mapper.writeValueAsString(trees.size() == 1 ? trees.get(0) : trees));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the syntax tree as JSON", e);
            }
        }
        ctx.out().flush();
        return errors > 0 ? ExitCode.SPEC_ERROR.code() : ExitCode.SUCCESS.code();
    }

    private static Map<String, Object> tree(ParseResult r, List<Diagnostic> diagnostics) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file() == null ? null : r.file().toString());
        m.put("modules", AstDump.tree(r.modules()));
        m.put("algorithm", AstDump.tree(r.algorithm()));
        List<Object> diags = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("code", d.code().id());
            dm.put("severity", d.severity().label());
            dm.put("range", AstDump.tree(d.range()));
            dm.put("message", d.message());
            diags.add(dm);
        }
        m.put("diagnostics", diags);
        return m;
    }
}
