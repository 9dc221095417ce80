package dev.lockstep.lsp;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.bridge.check.SanyOutput;
import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.speclang.resolve.ResolvedSpec;
import dev.lockstep.speclang.resolve.Resolver;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tla2sany.drivers.FrontEndException;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.SemanticNode;
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

    static final Pattern IDENT = Pattern.compile("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?:!\\S+)?");

    private final Path workDir;
    private final Path standardModules;
    private final List<Path> libraryDirs;
    private final ModuleLoader lockstepLibrary = ModuleLoader.library();
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
        this(workDir, standardModules, List.of());
    }

    /**
     * @param libraryDirs the user's library folders, searched after a spec's folder and before
     *                    Lockstep's library
     */
    public SpecAnalyzer(Path workDir, Path standardModules, List<Path> libraryDirs) {
        this.workDir = workDir;
        this.standardModules = standardModules;
        this.libraryDirs = List.copyOf(libraryDirs);
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
        ModuleSources sources = new ModuleSources(overlay, folder, standardModules, texts, root, fileName);
        synchronized (SANY_LOCK) {
            return runSany(root, overlay.resolve(fileName), sources, diags);
        }
    }

    /**
     * What the resolver reads for {@code Name}: the open document, else the file beside the spec,
     * else the user's library folders, else Lockstep's library; parsed once per text.
     */
    private ModuleLoader loader(Path folder, Map<Path, String> open) {
        ModuleLoader beside = besideOrOpen(folder, open);
        for (Path d : libraryDirs) {
            beside = beside.orElse(besideOrOpen(d, open));
        }
        return beside.orElse(lockstepLibrary);
    }

    private ModuleLoader besideOrOpen(Path folder, Map<Path, String> open) {
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

    private Analysis runSany(Path root, Path overlayRoot, ModuleSources sources, Map<Path, List<Diagnostic>> diags) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        PrintStream savedOut = ToolIO.out;
        PrintStream savedErr = ToolIO.err;
        List<String> libraries = new ArrayList<>();
        libraries.add(sources.overlay.toString());
        if (sources.folder != null) {
            libraries.add(sources.folder.toString());
        }
        libraryDirs.forEach(d -> libraries.add(d.toString()));
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
        // SANY prints its parse errors, aborts and semantic errors and warnings: check's reader of
        // that report reads them here too
        List<String> log = captured.toString(StandardCharsets.UTF_8).lines().toList();
        List<Diagnostic> reported = SanyOutput.diagnostics(log, sources::fileOfModule, sources::userPath,
                (importer, module) -> {
                    Path file = importer == null ? sources.root : importer;
                    return sources.findWord(file, module).orElse(SourceRange.at(file, 0, 0));
                });
        for (Diagnostic d : reported) {
            Diagnostic at = located(d, root);
            add(diags, at.range().file(), at);
        }
        if (reported.stream().noneMatch(Diagnostic::isError) && !spec.getParseErrors().isSuccess()) {
            String[] aborts = spec.getParseErrors().getAborts();
            String first = aborts.length > 0 ? aborts[0] : String.join("\n", spec.getParseErrors().getErrors());
            add(diags, root, Diagnostic.error(DiagnosticCode.LS401_SANY_PARSE, SourceRange.at(root, 0, 0),
                    "SANY rejected the module: " + firstLine(first.strip())));
        }
        Optional<SpecIndex> index = Optional.empty();
        ModuleNode rootModule = spec.getExternalModuleTable() == null ? null : spec.getExternalModuleTable().getRootModule();
        if (rootModule != null) {
            try {
                index = Optional.of(new SanyIndexBuilder(spec, sources).build(rootModule));
            } catch (RuntimeException e) {
                index = Optional.empty();
            }
        }
        return new Analysis(diags, index);
    }

    private static void add(Map<Path, List<Diagnostic>> diags, Path file, Diagnostic d) {
        diags.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
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
}
