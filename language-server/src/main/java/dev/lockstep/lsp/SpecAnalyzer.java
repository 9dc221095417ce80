package dev.lockstep.lsp;

import dev.lockstep.lsp.SpecIndex.Definition;
import dev.lockstep.lsp.SpecIndex.Kind;
import dev.lockstep.lsp.SpecIndex.Occurrence;
import dev.lockstep.lsp.SpecIndex.Symbol;
import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.speclang.resolve.ResolvedSpec;
import dev.lockstep.speclang.resolve.Resolver;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.diag.SourceRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tla2sany.drivers.FrontEndException;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.ASTConstants;
import tla2sany.semantic.AssumeNode;
import tla2sany.semantic.Errors;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.InstanceNode;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpArgNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.semantic.SymbolNode;
import tla2sany.semantic.TheoremNode;
import tla2sany.semantic.ThmOrAssumpDefNode;
import tla2sany.st.Location;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * Analyses a spec over a snapshot of the editor's documents: first spec-lang's parser
 * ({@link SpecParser}: syntax, precedence and PlusCal diagnostics, with error recovery), then, when
 * the text parses, SANY in-process for its semantic errors and a {@link SpecIndex} of definitions,
 * uses and outlines.
 *
 * <p>The open documents are written into an overlay folder searched before the spec's own folder,
 * so unsaved text is what SANY sees; the standard modules come from {@link StandardModules}.
 */
public final class SpecAnalyzer {
    /**
     * SANY keeps global state ({@code SemanticNode.setError}, {@code ToolIO}, unique-string tables):
     * at most one analysis may run at a time in a JVM, whichever server instance asks. This lock
     * guards that; it holds no state.
     */
    private static final Object SANY_LOCK = new Object();

    /** Files larger than this are not analysed live (one warning instead). */
    public static final int MAX_CHARS = 2_000_000;

    private static final Pattern SEMANTIC = Pattern.compile(
            "line (\\d+), col (\\d+) to line (\\d+), col (\\d+) of module (\\S+)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"(.*?)\" at line (\\d+), column (\\d+)");
    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line (\\d+), column (\\d+)\\.\\s*(.*)");
    private static final Pattern EXPECTING = Pattern.compile("Was expecting \"?(.*?)\"?\\s*\\n");
    private static final Pattern PARSING_FILE = Pattern.compile("^Parsing file (.+)$", Pattern.MULTILINE);
    private static final Pattern MISSING_MODULE = Pattern.compile("Cannot find source file for module (\\S+)");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?:!\\S+)?");

    private final Path workDir;
    private final Path standardModules;
    private final Map<Path, CachedParse> parsedModules = new java.util.concurrent.ConcurrentHashMap<>();

    /** The result of one analysis: diagnostics by file, and the index if SANY built a tree. */
    public record Analysis(Map<Path, List<Diagnostic>> diagnostics, Optional<SpecIndex> index) {
        public Analysis {
            diagnostics = Map.copyOf(diagnostics);
        }

        /** The diagnostics of {@code file}. */
        public List<Diagnostic> diagnosticsOf(Path file) {
            return diagnostics.getOrDefault(file, List.of());
        }
    }

    /**
     * @param workDir         scratch folder for overlays (the server's own temp directory)
     * @param standardModules folder holding the standard modules ({@link StandardModules#extract})
     */
    public SpecAnalyzer(Path workDir, Path standardModules) {
        this.workDir = workDir;
        this.standardModules = standardModules;
    }

    /** The folder of standard modules this analyzer uses. */
    public Path standardModules() {
        return standardModules;
    }

    /**
     * spec-lang's verdict on one text: its diagnostics, whether any is a syntax error, and the
     * parse (null when the text was too large to parse).
     */
    public record Parsed(List<Diagnostic> diagnostics, boolean syntaxErrors, ParseResult tree) {
        public Parsed {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The fast pass, run on every change: spec-lang's lexical, syntax, precedence and PlusCal
     * diagnostics for {@code text} (one LS003 warning instead for a file over {@link #MAX_CHARS}).
     * Thread-safe.
     */
    public Parsed parse(Path root, String text) {
        root = root.toAbsolutePath().normalize();
        List<Diagnostic> out = new ArrayList<>();
        if (text.length() > MAX_CHARS) {
            out.add(Diagnostic.warning(DiagnosticCode.LS003_FILE_TOO_LARGE, SourceRange.at(root, 0, 0),
                    "file has " + text.length() + " characters, more than the " + MAX_CHARS + " analysed while editing; run `lockstep check` instead"));
            return new Parsed(out, true, null);
        }
        ParseResult parsed = SpecParser.parse(text, root);
        boolean syntaxErrors = false;
        for (Diagnostic d : parsed.diagnostics()) {
            out.add(located(d, root));
            syntaxErrors |= d.isError() && d.code().id().startsWith("LS1") && d.code() != DiagnosticCode.LS105_MODULE_NAME_MISMATCH;
        }
        return new Parsed(out, syntaxErrors, parsed);
    }

    /**
     * The second fast pass: spec-lang's name resolution of a text that parsed (LS2xx: unknown
     * names, arity, duplicates, missing modules), reading the modules it extends or instantiates
     * from {@code open} (the editor's documents) before the disk. Empty when the text did not parse.
     */
    public Resolution resolve(Parsed parsed, Map<Path, String> open) {
        if (parsed.tree() == null || parsed.tree().hasErrors()) {
            return new Resolution(List.of(), Optional.empty());
        }
        Path root = parsed.tree().file();
        try {
            ResolvedSpec resolved = Resolver.resolve(parsed.tree(), loader(root == null ? null : root.getParent(), open));
            List<Diagnostic> out = new ArrayList<>();
            for (Diagnostic d : resolved.diagnostics()) {
                out.add(located(d, root));
            }
            return new Resolution(out, Optional.of(resolved));
        } catch (RuntimeException | StackOverflowError e) {
            // resolution is a convenience before SANY's check: a failure leaves it to SANY
            return new Resolution(List.of(), Optional.empty());
        }
    }

    /**
     * spec-lang's name resolution: its diagnostics, and every use linked to its definition (the
     * language server navigates with it where SANY cannot: inside the PlusCal algorithm).
     */
    public record Resolution(List<Diagnostic> diagnostics, Optional<ResolvedSpec> spec) {
        public Resolution {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private static Diagnostic located(Diagnostic d, Path root) {
        return d.range() == null ? new Diagnostic(d.code(), d.severity(), SourceRange.at(root, 0, 0), d.message(), d.related()) : d;
    }

    /**
     * All passes, as {@link #parse}, {@link #resolve} and {@link #check} in turn: SANY runs only
     * when spec-lang finds no syntax error (SANY would repeat it, less precisely), and replaces
     * spec-lang's name errors (SANY is the semantic reference).
     */
    public Analysis analyze(Path root, String text, Map<Path, String> open) {
        Parsed parsed = parse(root, text);
        root = root.toAbsolutePath().normalize();
        if (parsed.syntaxErrors()) {
            return new Analysis(Map.of(root, parsed.diagnostics()), Optional.empty());
        }
        Analysis checked = check(root, text, open);
        Map<Path, List<Diagnostic>> all = new LinkedHashMap<>(checked.diagnostics());
        List<Diagnostic> rootDiags = new ArrayList<>(parsed.diagnostics());
        rootDiags.addAll(checked.diagnosticsOf(root));
        all.put(root, rootDiags);
        return new Analysis(all, checked.index());
    }

    /**
     * The semantic pass: SANY over the module in {@code root} whose current text is {@code text};
     * {@code open} holds the text of every open document (by absolute path), which wins over the
     * file on disk. One SANY run at a time per JVM.
     */
    public Analysis check(Path root, String text, Map<Path, String> open) {
        root = root.toAbsolutePath().normalize();
        Map<Path, List<Diagnostic>> diags = new LinkedHashMap<>();
        diags.put(root, new ArrayList<>());
        if (text.length() > MAX_CHARS) {
            return new Analysis(diags, Optional.empty());
        }
        String fileName = root.getFileName().toString();
        if (!fileName.endsWith(".tla")) {
            fileName = fileName + ".tla";
        }
        Path folder = root.getParent();
        Path overlay;
        try {
            overlay = writeOverlay(folder, root, fileName, text, open);
        } catch (IOException e) {
            diags.get(root).add(Diagnostic.error(DiagnosticCode.LS002_FILE_UNREADABLE, SourceRange.at(root, 0, 0),
                    "cannot prepare the analysis: " + e.getMessage()));
            return new Analysis(diags, Optional.empty());
        }
        Map<Path, String> texts = new HashMap<>(open);
        texts.put(root, text);
        Sources sources = new Sources(overlay, folder, standardModules, texts, root, fileName);
        synchronized (SANY_LOCK) {
            return runSany(root, overlay.resolve(fileName), sources, diags);
        }
    }

    /** What the resolver reads for {@code Name}: the open document, else the file, parsed once per text. */
    private ModuleLoader loader(Path folder, Map<Path, String> open) {
        return name -> {
            if (folder == null) {
                return Optional.empty();
            }
            Path p = folder.resolve(name + ".tla");
            String text = open.get(p);
            if (text == null) {
                if (!Files.isRegularFile(p)) {
                    return Optional.empty();
                }
                try {
                    text = Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
            String t = text;
            CachedParse cached = parsedModules.get(p);
            if (cached == null || !cached.text().equals(t)) {
                cached = new CachedParse(t, SpecParser.parse(t, p));
                parsedModules.put(p, cached);
            }
            return Optional.of(cached.result());
        };
    }

    /** A module the resolver read, with the text it was parsed from. */
    private record CachedParse(String text, ParseResult result) {
    }

    private Path writeOverlay(Path folder, Path root, String fileName, String text, Map<Path, String> open) throws IOException {
        String key = Integer.toHexString((folder == null ? "" : folder.toString()).hashCode());
        Path overlay = workDir.resolve("overlay-" + key);
        Files.createDirectories(overlay);
        Set<String> wanted = new HashSet<>();
        wanted.add(fileName);
        Files.writeString(overlay.resolve(fileName), text, StandardCharsets.UTF_8);
        for (Map.Entry<Path, String> e : open.entrySet()) {
            Path p = e.getKey();
            String n = p.getFileName().toString();
            if (!p.equals(root) && n.endsWith(".tla") && folder != null && folder.equals(p.getParent()) && e.getValue().length() <= MAX_CHARS) {
                Files.writeString(overlay.resolve(n), e.getValue(), StandardCharsets.UTF_8);
                wanted.add(n);
            }
        }
        try (var files = Files.list(overlay)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!wanted.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return overlay;
    }

    private Analysis runSany(Path root, Path overlayRoot, Sources sources, Map<Path, List<Diagnostic>> diags) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        PrintStream savedOut = ToolIO.out;
        PrintStream savedErr = ToolIO.err;
        List<String> libraries = new ArrayList<>();
        libraries.add(sources.overlay.toString());
        if (sources.folder != null) {
            libraries.add(sources.folder.toString());
        }
        libraries.add(standardModules.toString());
        SpecObj spec = new SpecObj(overlayRoot.toString(), new SimpleFilenameToStream(libraries.toArray(String[]::new)));
        try {
            ToolIO.out = out;
            ToolIO.err = out;
            ToolIO.reset();
            SANY.frontEndMain(spec, overlayRoot.toString(), out);
        } catch (FrontEndException | RuntimeException | StackOverflowError e) {
            // SANY reports what it can through its error lists; anything else is still one diagnostic.
            if (spec.getParseErrors().isSuccess() && spec.getSemanticErrors().isSuccess()) {
                add(diags, root, Diagnostic.error(DiagnosticCode.LS401_SANY_PARSE, SourceRange.at(root, 0, 0),
                        "SANY failed: " + e));
            }
        } finally {
            ToolIO.out = savedOut;
            ToolIO.err = savedErr;
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        collectParseErrors(log, spec, sources, diags);
        collectSemantic(spec.getSemanticErrors(), sources, diags, DiagnosticCode.LS402_SANY_SEMANTIC);
        collectSemantic(spec.getGlobalContextErrors(), sources, diags, DiagnosticCode.LS402_SANY_SEMANTIC);
        Optional<SpecIndex> index = Optional.empty();
        ModuleNode rootModule = spec.getExternalModuleTable() == null ? null : spec.getExternalModuleTable().getRootModule();
        if (rootModule != null) {
            try {
                index = Optional.of(new IndexBuilder(spec, sources).build(rootModule));
            } catch (RuntimeException e) {
                index = Optional.empty();
            }
        }
        return new Analysis(diags, index);
    }

    private static void add(Map<Path, List<Diagnostic>> diags, Path file, Diagnostic d) {
        diags.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
    }

    private void collectParseErrors(String log, SpecObj spec, Sources sources, Map<Path, List<Diagnostic>> diags) {
        // SANY prints parse errors (with "Parsing file X" before them) rather than listing them.
        Matcher files = PARSING_FILE.matcher(log);
        List<int[]> fileStarts = new ArrayList<>();
        List<Path> fileNames = new ArrayList<>();
        while (files.find()) {
            fileStarts.add(new int[] {files.start()});
            fileNames.add(sources.userPath(Path.of(files.group(1).trim())));
        }
        boolean found = false;
        String[] blocks = log.split("\\*\\*\\*Parse Error\\*\\*\\*", -1);
        int offset = 0;
        for (int b = 0; b < blocks.length; b++) {
            String block = blocks[b];
            int at = offset;
            offset += block.length() + "***Parse Error***".length();
            if (b == 0) {
                // Before the first parse error only lexical errors are reported.
                Matcher lex = LEXICAL.matcher(block);
                while (lex.find()) {
                    Path file = fileAt(fileStarts, fileNames, lex.start(), sources.root);
                    int line = Integer.parseInt(lex.group(1)) - 1;
                    int col = Integer.parseInt(lex.group(2)) - 1;
                    add(diags, file, Diagnostic.error(DiagnosticCode.LS101_LEXICAL_ERROR, SourceRange.at(file, Math.max(0, line), Math.max(0, col)),
                            "lexical error: " + firstLine(lex.group(3))));
                    found = true;
                }
                continue;
            }
            Matcher m = ENCOUNTERED.matcher(block);
            if (m.find()) {
                Path file = fileAt(fileStarts, fileNames, at, sources.root);
                int line = Integer.parseInt(m.group(2)) - 1;
                int col = Integer.parseInt(m.group(3)) - 1;
                String expecting = "";
                Matcher exp = EXPECTING.matcher(block);
                if (exp.find()) {
                    expecting = "; expected " + exp.group(1).trim();
                }
                String token = m.group(1);
                int len = Math.max(1, token.startsWith("Beginning of") || token.startsWith("End of") ? 1 : token.length());
                add(diags, file, Diagnostic.error(DiagnosticCode.LS401_SANY_PARSE,
                        SourceRange.of(file, Math.max(0, line), Math.max(0, col), Math.max(0, line), Math.max(0, col) + len),
                        "unexpected " + token + expecting));
                found = true;
            }
        }
        for (String abort : spec.getParseErrors().getAborts()) {
            Matcher missing = MISSING_MODULE.matcher(abort);
            if (missing.find()) {
                String module = missing.group(1);
                SourceRange where = sources.findWord(sources.root, module).orElse(SourceRange.at(sources.root, 0, 0));
                add(diags, sources.root, Diagnostic.error(DiagnosticCode.LS001_FILE_NOT_FOUND, where,
                        "cannot find module " + module + " (no " + module + ".tla in this folder or among the standard modules)"));
                found = true;
            } else if (!found && !abort.contains("Could not parse module")) {
                add(diags, sources.root, Diagnostic.error(DiagnosticCode.LS401_SANY_PARSE, SourceRange.at(sources.root, 0, 0), firstLine(abort.strip())));
                found = true;
            }
        }
        for (String err : spec.getParseErrors().getErrors()) {
            Matcher sem = SEMANTIC.matcher(err.strip());
            if (sem.find()) {
                addLocated(sem, sources, diags, DiagnosticCode.LS401_SANY_PARSE, Severity.ERROR);
            } else {
                add(diags, sources.root, Diagnostic.error(DiagnosticCode.LS401_SANY_PARSE, SourceRange.at(sources.root, 0, 0), firstLine(err.strip())));
            }
        }
    }

    private static Path fileAt(List<int[]> starts, List<Path> names, int offset, Path fallback) {
        Path file = fallback;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i)[0] <= offset) {
                file = names.get(i);
            }
        }
        return file;
    }

    private void collectSemantic(Errors errors, Sources sources, Map<Path, List<Diagnostic>> diags, DiagnosticCode code) {
        if (errors == null) {
            return;
        }
        for (String e : errors.getErrors()) {
            located(e, sources, diags, code, Severity.ERROR);
        }
        for (String e : errors.getAborts()) {
            located(e, sources, diags, code, Severity.ERROR);
        }
        for (String e : errors.getWarnings()) {
            located(e, sources, diags, code, Severity.WARNING);
        }
    }

    private void located(String message, Sources sources, Map<Path, List<Diagnostic>> diags, DiagnosticCode code, Severity severity) {
        Matcher m = SEMANTIC.matcher(message.strip());
        if (m.find()) {
            addLocated(m, sources, diags, code, severity);
        } else {
            add(diags, sources.root, new Diagnostic(code, severity, SourceRange.at(sources.root, 0, 0), oneLine(message), List.of()));
        }
    }

    private void addLocated(Matcher m, Sources sources, Map<Path, List<Diagnostic>> diags, DiagnosticCode code, Severity severity) {
        Path file = sources.fileOfModule(m.group(5));
        int l1 = Integer.parseInt(m.group(1)) - 1;
        int c1 = Integer.parseInt(m.group(2)) - 1;
        int l2 = Integer.parseInt(m.group(3)) - 1;
        int c2 = Integer.parseInt(m.group(4));
        SourceRange range = l1 < 0 || c1 < 0 ? SourceRange.at(file, 0, 0) : SourceRange.of(file, l1, c1, Math.max(l1, l2), Math.max(0, c2));
        add(diags, file, new Diagnostic(code, severity, range, oneLine(m.group(6)), List.of()));
    }

    /** The first occurrence of {@code word} at or after {@code from} not inside a longer name. */
    static int wordIndex(String line, String word, int from) {
        int i = line.indexOf(word, from);
        while (i >= 0) {
            boolean before = i == 0 || !isNameChar(line.charAt(i - 1)) && line.charAt(i - 1) != '!';
            int end = i + word.length();
            boolean after = end >= line.length() || !isNameChar(line.charAt(end));
            if (before && after) {
                return i;
            }
            i = line.indexOf(word, i + 1);
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** Where module files are, and their text (open documents first, then disk). */
    static final class Sources {
        final Path overlay;
        final Path folder;
        final Path std;
        final Map<Path, String> texts;
        final Path root;
        final String rootFileName;
        final Map<String, Path> innerModules = new HashMap<>();
        private final Map<Path, String[]> lines = new HashMap<>();

        Sources(Path overlay, Path folder, Path std, Map<Path, String> texts, Path root, String rootFileName) {
            this.overlay = overlay;
            this.folder = folder;
            this.std = std;
            this.texts = texts;
            this.root = root;
            this.rootFileName = rootFileName;
        }

        /** The file a path SANY used stands for: an overlay copy stands for the user's file. */
        Path userPath(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.getParent() != null && abs.getParent().equals(overlay)) {
                String n = abs.getFileName().toString();
                return n.equals(rootFileName) ? root : (folder == null ? abs : folder.resolve(n));
            }
            return abs;
        }

        /** The file holding module {@code name}. */
        Path fileOfModule(String name) {
            Path inner = innerModules.get(name);
            if (inner != null) {
                return inner;
            }
            if (root.getFileName().toString().equals(name + ".tla") || rootFileName.equals(name + ".tla")) {
                return root;
            }
            if (folder != null) {
                Path p = folder.resolve(name + ".tla");
                if (texts.containsKey(p) || Files.isRegularFile(p)) {
                    return p;
                }
            }
            Path s = std.resolve(name + ".tla");
            if (Files.isRegularFile(s)) {
                return s;
            }
            return root;
        }

        String[] linesOf(Path file) {
            return lines.computeIfAbsent(file, f -> {
                String t = texts.get(f);
                if (t == null) {
                    try {
                        t = Files.readString(f, StandardCharsets.UTF_8);
                    } catch (IOException | RuntimeException e) {
                        t = "";
                    }
                }
                return t.split("\\r?\\n", -1);
            });
        }

        /** The first whole-word occurrence of {@code word} in {@code file}. */
        Optional<SourceRange> findWord(Path file, String word) {
            String[] ls = linesOf(file);
            for (int i = 0; i < ls.length; i++) {
                int col = wordIndex(ls[i], word, 0);
                if (col >= 0) {
                    return Optional.of(SourceRange.of(file, i, col, i, col + word.length()));
                }
            }
            return Optional.empty();
        }
    }

    /** Turns SANY's semantic tree into a {@link SpecIndex}. */
    private static final class IndexBuilder {
        private final SpecObj spec;
        private final Sources sources;
        private final Map<Integer, Definition> definitions = new HashMap<>();
        private final List<Occurrence> occurrences = new ArrayList<>();

        IndexBuilder(SpecObj spec, Sources sources) {
            this.spec = spec;
            this.sources = sources;
        }

        SpecIndex build(ModuleNode root) {
            registerInner(root);
            Map<Path, List<Symbol>> outlines = new HashMap<>();
            ModuleNode[] modules = spec.getExternalModuleTable().getModuleNodes();
            for (ModuleNode m : modules) {
                Path file = sources.fileOfModule(m.getName().toString());
                if (!file.startsWith(sources.std)) {
                    outlines.computeIfAbsent(file, f -> new ArrayList<>()).add(outline(m));
                }
            }
            Set<Integer> visited = new HashSet<>();
            for (ModuleNode m : modules) {
                walk(m, visited);
            }
            moduleReferences(modules);
            occurrences.sort((a, b) -> {
                int c = String.valueOf(a.range().file()).compareTo(String.valueOf(b.range().file()));
                return c != 0 ? c : a.range().start().compareTo(b.range().start());
            });
            List<Definition> scope = new ArrayList<>();
            for (OpDeclNode d : root.getConstantDecls()) {
                definition(d).ifPresent(scope::add);
            }
            for (OpDeclNode d : root.getVariableDecls()) {
                definition(d).ifPresent(scope::add);
            }
            for (OpDefNode d : root.getOpDefs()) {
                if (IDENT.matcher(d.getName().toString()).matches()) {
                    definition(d).ifPresent(scope::add);
                }
            }
            return new SpecIndex(sources.root, definitions, occurrences, outlines, scope);
        }

        private void registerInner(ModuleNode m) {
            for (ModuleNode inner : m.getInnerModules()) {
                sources.innerModules.put(inner.getName().toString(), sources.fileOfModule(m.getName().toString()));
                registerInner(inner);
            }
        }

        private Symbol outline(ModuleNode m) {
            String name = m.getName().toString();
            List<Symbol> children = new ArrayList<>();
            for (OpDeclNode d : m.getConstantDecls()) {
                if (definedIn(d, name)) {
                    definition(d).ifPresent(def -> children.add(symbol(def, List.of())));
                }
            }
            for (OpDeclNode d : m.getVariableDecls()) {
                if (definedIn(d, name)) {
                    definition(d).ifPresent(def -> children.add(symbol(def, List.of())));
                }
            }
            for (OpDefNode d : m.getOpDefs()) {
                if (definedIn(d, name) && d.getKind() == ASTConstants.UserDefinedOpKind && !d.getName().toString().contains("!")) {
                    definition(d).ifPresent(def -> children.add(symbol(def, List.of())));
                }
            }
            for (ThmOrAssumpDefNode d : m.getThmOrAssDefs()) {
                if (definedIn(d, name)) {
                    definition(d).ifPresent(def -> children.add(symbol(def, List.of())));
                }
            }
            for (TheoremNode t : m.getTheorems()) {
                if (definedIn(t, name) && t.getDef() == null) {
                    range(t.getLocation()).ifPresent(r -> children.add(new Symbol("THEOREM", Kind.THEOREM, "", r, startOf(r), List.of())));
                }
            }
            for (AssumeNode a : m.getAssumptions()) {
                if (definedIn(a, name) && a.getDef() == null) {
                    range(a.getLocation()).ifPresent(r -> children.add(new Symbol("ASSUME", Kind.ASSUMPTION, "", r, startOf(r), List.of())));
                }
            }
            for (InstanceNode i : m.getInstances()) {
                if (definedIn(i, name)) {
                    String n = i.getName() == null ? "INSTANCE " + i.getModule().getName() : i.getName() + " == INSTANCE " + i.getModule().getName();
                    range(i.getLocation()).ifPresent(r -> children.add(new Symbol(n, Kind.INSTANCE, "", r, startOf(r), List.of())));
                }
            }
            for (ModuleNode inner : m.getInnerModules()) {
                children.add(outline(inner));
            }
            children.sort((a, b) -> a.range().start().compareTo(b.range().start()));
            SourceRange whole = range(m.getLocation()).orElse(SourceRange.at(sources.fileOfModule(name), 0, 0));
            SourceRange nameRange = sources.findWord(whole.file(), name).orElse(startOf(whole));
            return new Symbol(name, Kind.MODULE, "module", whole, nameRange, children);
        }

        private static SourceRange startOf(SourceRange r) {
            return new SourceRange(r.file(), r.start(), r.start());
        }

        private Symbol symbol(Definition d, List<Symbol> children) {
            return new Symbol(d.name(), d.kind(), d.signature(), d.range(), d.nameRange(), children);
        }

        private static boolean definedIn(SemanticNode n, String module) {
            Location l = n.getLocation();
            return l != null && module.equals(l.source());
        }

        private Optional<SourceRange> range(Location l) {
            if (l == null || l.beginLine() <= 0 || l.source() == null || l.source().startsWith("--")) {
                return Optional.empty();
            }
            Path file = sources.fileOfModule(l.source());
            int endCol = Math.max(l.endColumn(), 0);
            return Optional.of(SourceRange.of(file, l.beginLine() - 1, Math.max(0, l.beginColumn() - 1),
                    Math.max(l.beginLine() - 1, l.endLine() - 1), endCol));
        }

        /** The range of {@code name} inside {@code r}: searched from the start of its first line. */
        private SourceRange nameIn(SourceRange r, String name) {
            String[] ls = sources.linesOf(r.file());
            int line = r.start().line();
            if (line < ls.length) {
                int col = wordIndex(ls[line], name, Math.min(r.start().column(), ls[line].length()));
                if (col >= 0) {
                    return SourceRange.of(r.file(), line, col, line, col + name.length());
                }
            }
            return null;
        }

        private Optional<Definition> definition(SymbolNode node) {
            SymbolNode target = node;
            if (node instanceof OpDefNode def && def.getSource() != null && def.getSource() != def) {
                target = def.getSource();
            }
            Definition known = definitions.get(target.getUid());
            if (known != null) {
                return Optional.of(known);
            }
            if (target.getKind() == ASTConstants.BuiltInKind || target.isBuiltIn()) {
                return Optional.empty();
            }
            Optional<SourceRange> whole = range(target.getLocation());
            if (whole.isEmpty()) {
                return Optional.empty();
            }
            String name = target.getName().toString();
            String simple = name.contains("!") ? name.substring(name.lastIndexOf('!') + 1) : name;
            SourceRange nameRange = nameIn(whole.get(), simple);
            if (nameRange == null) {
                nameRange = startOf(whole.get());
            }
            Kind kind = kindOf(target);
            String module = target.getLocation().source();
            Definition d = new Definition(target.getUid(), name, kind, module, whole.get(), nameRange,
                    signature(target, kind), comment(target));
            definitions.put(d.id(), d);
            return Optional.of(d);
        }

        private static Kind kindOf(SymbolNode n) {
            return switch (n.getKind()) {
                case ASTConstants.ConstantDeclKind -> Kind.CONSTANT;
                case ASTConstants.VariableDeclKind -> Kind.VARIABLE;
                case ASTConstants.ModuleKind -> Kind.MODULE;
                case ASTConstants.FormalParamKind -> Kind.PARAMETER;
                case ASTConstants.BoundSymbolKind -> Kind.BOUND;
                case ASTConstants.ThmOrAssumpDefKind -> Kind.THEOREM;
                case ASTConstants.ModuleInstanceKind -> Kind.INSTANCE;
                default -> Kind.OPERATOR;
            };
        }

        private String signature(SymbolNode n, Kind kind) {
            String name = n.getName().toString();
            return switch (kind) {
                case CONSTANT -> "CONSTANT " + name + params(n.getArity());
                case VARIABLE -> "VARIABLE " + name;
                case MODULE -> "MODULE " + name;
                case PARAMETER, BOUND -> name + params(n.getArity()) + "  (bound in " + n.getLocation().source() + ")";
                default -> {
                    if (n instanceof OpDefNode def && def.getParams().length > 0) {
                        StringBuilder sb = new StringBuilder(name).append('(');
                        FormalParamNode[] ps = def.getParams();
                        for (int i = 0; i < ps.length; i++) {
                            sb.append(i > 0 ? ", " : "").append(ps[i].getName()).append(params(ps[i].getArity()));
                        }
                        yield sb.append(')').toString();
                    }
                    yield name;
                }
            };
        }

        private static String params(int arity) {
            if (arity <= 0) {
                return "";
            }
            return "(" + String.join(", ", java.util.Collections.nCopies(arity, "_")) + ")";
        }

        private static String comment(SymbolNode n) {
            try {
                String c = n.getPreCommentsAsString();
                if (c == null) {
                    return "";
                }
                String s = c.replaceAll("\\(\\*+|\\*+\\)|\\\\\\*", "").strip();
                return s.replaceAll("(?m)^[ \\t]+", "");
            } catch (RuntimeException e) {
                return "";
            }
        }

        /** Records every use of a name, depth-first, each node once. */
        private void walk(SemanticNode start, Set<Integer> visited) {
            ArrayDeque<SemanticNode> stack = new ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                SemanticNode n = stack.pop();
                if (!visited.add(n.getUid())) {
                    continue;
                }
                SymbolNode target = null;
                if (n instanceof OpApplNode appl) {
                    target = appl.getOperator();
                } else if (n instanceof OpArgNode arg) {
                    target = arg.getOp();
                }
                if (target != null) {
                    use(n, target);
                }
                SemanticNode[] children = n.getChildren();
                if (children != null) {
                    for (SemanticNode c : children) {
                        if (c != null && !(c instanceof ModuleNode)) {
                            stack.push(c);
                        }
                    }
                }
            }
        }

        private void use(SemanticNode at, SymbolNode target) {
            if (target.isBuiltIn() || target.getKind() == ASTConstants.BuiltInKind) {
                return;
            }
            Optional<SourceRange> where = range(at.getLocation());
            if (where.isEmpty() || where.get().file().startsWith(sources.std)) {
                return;
            }
            String name = target.getName().toString();
            SourceRange r = nameIn(where.get(), name);
            if (r == null && name.contains("!")) {
                r = nameIn(where.get(), name.substring(name.lastIndexOf('!') + 1));
            }
            if (r == null) {
                return;
            }
            SourceRange nameRange = r;
            definition(target).ifPresent(d -> {
                if (!d.nameRange().equals(nameRange)) {
                    occurrences.add(new Occurrence(nameRange, d.id()));
                }
            });
        }

        /** Module names after EXTENDS and INSTANCE link to the modules. */
        private void moduleReferences(ModuleNode[] modules) {
            Map<String, ModuleNode> byName = new HashMap<>();
            for (ModuleNode m : modules) {
                byName.put(m.getName().toString(), m);
            }
            Set<Path> files = new HashSet<>();
            for (ModuleNode m : modules) {
                Path f = sources.fileOfModule(m.getName().toString());
                if (!f.startsWith(sources.std)) {
                    files.add(f);
                }
            }
            Pattern extendsLine = Pattern.compile("^\\s*(?:LOCAL\\s+)?EXTENDS\\s+(.*)$");
            Pattern instance = Pattern.compile("\\bINSTANCE\\s+([A-Za-z0-9_]+)");
            Pattern word = Pattern.compile("[A-Za-z0-9_]+");
            for (Path f : files) {
                String[] ls = sources.linesOf(f);
                for (int i = 0; i < ls.length; i++) {
                    Matcher e = extendsLine.matcher(ls[i]);
                    if (e.find()) {
                        Matcher w = word.matcher(ls[i]);
                        w.region(e.start(1), ls[i].length());
                        while (w.find()) {
                            moduleUse(byName.get(w.group()), f, i, w.start(), w.end());
                        }
                    }
                    Matcher in = instance.matcher(ls[i]);
                    while (in.find()) {
                        moduleUse(byName.get(in.group(1)), f, i, in.start(1), in.end(1));
                    }
                }
            }
        }

        private void moduleUse(ModuleNode m, Path file, int line, int start, int end) {
            if (m == null) {
                return;
            }
            Path target = sources.fileOfModule(m.getName().toString());
            String name = m.getName().toString();
            Definition d = definitions.computeIfAbsent(m.getUid(), uid -> {
                SourceRange nameRange = sources.findWord(target, name).orElse(SourceRange.at(target, 0, 0));
                SourceRange whole = range(m.getLocation()).orElse(nameRange);
                return new Definition(uid, name, Kind.MODULE, name, whole, nameRange, "MODULE " + name, comment(m));
            });
            occurrences.add(new Occurrence(SourceRange.of(file, line, start, line, end), d.id()));
        }
    }
}
