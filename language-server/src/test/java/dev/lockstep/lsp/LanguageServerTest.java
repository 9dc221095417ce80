package dev.lockstep.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.Tla2Tools;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server in-process, spoken to through lsp4j's JSON-RPC over pipes, as an editor would:
 * initialize, open/change, diagnostics, definition, references, hover, symbols, completion, code
 * lenses, shutdown; and bad input: malformed messages, a huge file, rapid edits, files outside any
 * workspace and non-file URIs.
 */
class LanguageServerTest {
    @TempDir
    Path tmp;

    private Path specs;
    private LockstepLanguageServer server;
    private LanguageServer remote;
    private OutputStream toServer;
    private ServerSocket listener;
    private Socket clientSocket;
    private Socket serverSocket;
    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        specs = Files.createDirectories(tmp.resolve("specs"));
        for (String f : List.of("BuggyMutex.tla", "MutexProps.tla", "Workers.tla", "Inst.tla")) {
            try (var in = getClass().getResourceAsStream("/lsp/" + f)) {
                Files.write(specs.resolve(f), in.readAllBytes());
            }
        }
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path std = StandardModules.extract(Tla2Tools.fromClasspath(), work.resolve("std"));
        server = new LockstepLanguageServer(new ServerConfig(work, std, 20, 200));

        // A loopback socket pair (piped streams break when the thread that last wrote ends).
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        clientSocket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        serverSocket = listener.accept();
        Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(server, serverSocket.getInputStream(), serverSocket.getOutputStream());
        server.connect(serverLauncher.getRemoteProxy());
        serverLauncher.startListening();
        toServer = clientSocket.getOutputStream();
        Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(new Client(), clientSocket.getInputStream(), toServer);
        clientLauncher.startListening();
        remote = clientLauncher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        InitializeResult result = remote.initialize(init).get(30, TimeUnit.SECONDS);
        assertTrue(result.getCapabilities().getDefinitionProvider().getLeft());
        remote.initialized(new InitializedParams());
    }

    @AfterEach
    void stop() throws Exception {
        remote.shutdown().get(30, TimeUnit.SECONDS);
        remote.exit();
        assertEquals(0, server.exited().get(30, TimeUnit.SECONDS));
        clientSocket.close();
        serverSocket.close();
        listener.close();
    }

    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }

    private String uri(String file) {
        return specs.resolve(file).toUri().toString();
    }

    private String open(String file) throws IOException {
        String text = Files.readString(specs.resolve(file));
        open(uri(file), text);
        return text;
    }

    private void open(String uri, String text) {
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "tlaplus", 1, text)));
    }

    private void change(String uri, int version, String text) {
        remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    private PublishDiagnosticsParams await(String uri, Predicate<PublishDiagnosticsParams> p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams d = published.poll(1, TimeUnit.SECONDS);
            if (d != null && d.getUri().equals(uri) && p.test(d)) {
                return d;
            }
        }
        throw new AssertionError("no matching diagnostics for " + uri);
    }

    private static boolean hasCode(PublishDiagnosticsParams p, String code) {
        return p.getDiagnostics().stream().anyMatch(d -> code.equals(d.getCode().getLeft()));
    }

    private static Position at(String text, String lineStart, String word) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(lineStart)) {
                return new Position(i, lines[i].indexOf(word) + 1);
            }
        }
        throw new AssertionError("no line starting with " + lineStart);
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void navigatesAcrossExtendsAndIntoStandardModules() throws Exception {
        String text = open("MutexProps.tla");
        String uri = uri("MutexProps.tla");
        assertEquals(List.of(), await(uri, d -> d.getVersion() == 1).getDiagnostics());

        var defs = remote.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), at(text, "InCS ==", "Procs")))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(1, defs.size());
        assertEquals(uri("BuggyMutex.tla"), defs.get(0).getUri());
        assertEquals(lineOf(specs.resolve("BuggyMutex.tla"), "CONSTANTS Procs"), defs.get(0).getRange().getStart().getLine());

        var card = remote.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), at(text, "InCS ==", "Cardinality")))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertTrue(card.get(0).getUri().endsWith("/FiniteSets.tla"), card.get(0).getUri());

        var module = remote.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), at(text, "EXTENDS", "BuggyMutex")))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(uri("BuggyMutex.tla"), module.get(0).getUri());

        // `pc` is a variable of BuggyMutex: its references in this analysis span both files.
        List<? extends Location> refs = remote.getTextDocumentService().references(new ReferenceParams(new TextDocumentIdentifier(uri),
                at(text, "InCS ==", "pc"), new ReferenceContext(false))).get(30, TimeUnit.SECONDS);
        assertTrue(refs.stream().anyMatch(l -> l.getUri().equals(uri)));
        assertTrue(refs.stream().filter(l -> l.getUri().equals(uri("BuggyMutex.tla"))).count() >= 10, refs.toString());

        Hover hover = remote.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), at(text, "AtMostOne", "InCS")))
                .get(30, TimeUnit.SECONDS);
        String h = hover.getContents().getRight().getValue();
        assertTrue(h.contains("InCS == Cardinality({p \\in Procs : pc[p] = \"cs\"})"), h);
        assertTrue(h.contains("How many processes are in their critical section."), h);
        assertTrue(h.contains("defined in module MutexProps"), h);
    }

    @Test
    void navigatesThroughInstance() throws Exception {
        String text = open("Inst.tla");
        String uri = uri("Inst.tla");
        assertEquals(List.of(), await(uri, d -> d.getVersion() == 1).getDiagnostics());
        var def = remote.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), at(text, "Safe", "MutualExclusion")))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(uri("BuggyMutex.tla"), def.get(0).getUri());
        assertEquals(lineOf(specs.resolve("BuggyMutex.tla"), "MutualExclusion =="), def.get(0).getRange().getStart().getLine());
        var module = remote.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), at(text, "M == INSTANCE", "BuggyMutex")))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(uri("BuggyMutex.tla"), module.get(0).getUri());
        var nodes = remote.getTextDocumentService().references(new ReferenceParams(new TextDocumentIdentifier(uri), at(text, "CONSTANT", "Nodes"),
                new ReferenceContext(true))).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(2, 4), nodes.stream().map(l -> l.getRange().getStart().getLine()).sorted().toList());
    }

    @Test
    void symbolsCompletionAndCodeLenses() throws Exception {
        open("BuggyMutex.tla");
        String uri = uri("BuggyMutex.tla");
        await(uri, d -> d.getVersion() == 1);
        var symbols = remote.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                .get(30, TimeUnit.SECONDS);
        DocumentSymbol module = symbols.get(0).getRight();
        assertEquals("BuggyMutex", module.getName());
        assertEquals(List.of("Procs", "pc", "flag", "entered", "vars", "Init", "Try", "Check", "Enter", "Exit", "Next", "Spec", "MutualExclusion"),
                module.getChildren().stream().map(DocumentSymbol::getName).collect(Collectors.toList()));

        List<CompletionItem> items = remote.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(10, 0)))
                .get(30, TimeUnit.SECONDS).getRight().getItems();
        List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.containsAll(List.of("MutualExclusion", "Procs", "pc", "UNCHANGED", "\\in")), labels.toString());
        assertTrue(labels.contains("Nat"), "names from EXTENDS Naturals are in scope");
        assertFalse(labels.contains("begin"), "PlusCal keywords only in modules with an algorithm");

        List<? extends CodeLens> lenses = remote.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri)))
                .get(30, TimeUnit.SECONDS);
        assertEquals(List.of("lockstep.check", "lockstep.generate", "lockstep.validate"),
                lenses.stream().map(l -> l.getCommand().getCommand()).toList());
        assertEquals(0, lenses.get(0).getRange().getStart().getLine());
    }

    @Test
    void plusCalOutlineHasProcessesProceduresAndLabels() throws Exception {
        open("Workers.tla");
        String uri = uri("Workers.tla");
        await(uri, d -> d.getVersion() == 1);
        DocumentSymbol module = remote.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                .get(30, TimeUnit.SECONDS).get(0).getRight();
        DocumentSymbol algorithm = module.getChildren().stream().filter(s -> s.getName().equals("Workers")).findFirst().orElseThrow();
        assertEquals(List.of("add", "worker"), algorithm.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(List.of("a1", "a2"), algorithm.getChildren().get(0).getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(List.of("w1", "w2"), algorithm.getChildren().get(1).getChildren().stream().map(DocumentSymbol::getName).toList());
        var lenses = remote.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
        assertTrue(lenses.stream().anyMatch(l -> l.getCommand().getCommand().equals("lockstep.translate")));

        // Navigation inside the algorithm (SANY does not read it): spec-lang's resolution.
        String source = Files.readString(specs.resolve("Workers.tla"));
        var proc = remote.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), at(source, "  w1: call add", "add")))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(1, proc.size(), proc.toString());
        assertEquals(lineOf(specs.resolve("Workers.tla"), "procedure add"), proc.get(0).getRange().getStart().getLine());
        var total = remote.getTextDocumentService().references(new ReferenceParams(new TextDocumentIdentifier(uri), at(source, "  a1: total :=", "total"),
                new ReferenceContext(true))).get(30, TimeUnit.SECONDS);
        assertTrue(total.size() >= 3, "declaration and both uses of the algorithm variable total: " + total);

        // PlusCal errors are reported inside the algorithm's comment: a call must be followed by a label.
        String text = Files.readString(specs.resolve("Workers.tla"));
        change(uri, 2, text.replace("  w2: skip;", "  skip;"));
        var pluscal = await(uri, d -> d.getVersion() == 2 && !d.getDiagnostics().isEmpty()).getDiagnostics();
        assertTrue(pluscal.stream().anyMatch(d -> d.getCode().getLeft().startsWith("LS3")), pluscal.toString());
        int skipLine = lineOf(specs.resolve("Workers.tla"), "  w2: skip;");
        assertTrue(pluscal.stream().allMatch(d -> d.getRange().getStart().getLine() >= 3 && d.getRange().getStart().getLine() <= skipLine + 2), pluscal.toString());
    }

    @Test
    void reportsSyntaxSemanticAndMissingModuleErrors() throws Exception {
        String text = open("MutexProps.tla");
        String uri = uri("MutexProps.tla");
        await(uri, d -> d.getVersion() == 1);

        // An unknown name: first spec-lang's resolver (LS201, as you type), then SANY's check of
        // the same version replaces it (LS402), both at the name.
        change(uri, 2, text.replace("InCS <= 1", "InCS <= Limit"));
        Position limit = at(text.replace("InCS <= 1", "InCS <= Limit"), "AtMostOne", "Limit");
        var fast = await(uri, d -> d.getVersion() == 2 && !d.getDiagnostics().isEmpty()).getDiagnostics();
        assertEquals(List.of("LS201"), fast.stream().map(d -> d.getCode().getLeft()).toList(), fast.toString());
        assertEquals(limit.getLine(), fast.get(0).getRange().getStart().getLine());
        assertEquals(limit.getCharacter() - 1, fast.get(0).getRange().getStart().getCharacter());
        var semantic = await(uri, d -> d.getVersion() == 2 && hasCode(d, "LS402")).getDiagnostics();
        assertEquals(List.of("LS402"), semantic.stream().map(d -> d.getCode().getLeft()).toList(), semantic.toString());
        assertEquals(limit.getLine(), semantic.get(0).getRange().getStart().getLine());
        assertEquals(limit.getCharacter() - 1, semantic.get(0).getRange().getStart().getCharacter());

        // A syntax error comes from spec-lang's parser (SANY does not run on text that does not parse).
        change(uri, 3, text.replace("InCS <= 1", "InCS <= "));
        var syntax = await(uri, d -> d.getVersion() == 3 && hasCode(d, "LS102")).getDiagnostics();
        assertEquals(List.of("LS102"), syntax.stream().map(d -> d.getCode().getLeft()).toList(), "SANY's stale errors are not shown with syntax errors");
        assertEquals(lineOf(specs.resolve("MutexProps.tla"), "===="), syntax.get(0).getRange().getStart().getLine(), syntax.toString());

        change(uri, 4, text.replace("EXTENDS BuggyMutex, FiniteSets", "EXTENDS BuggyMutex, NoSuchModule"));
        // (spec-lang's publication for version 4 may still carry SANY's error of version 2 until
        // SANY has checked version 4: that keeps errors from flickering while typing.)
        var missing = await(uri, d -> d.getVersion() == 4 && hasCode(d, "LS001")).getDiagnostics();
        assertEquals(List.of("LS001"), missing.stream().map(d -> d.getCode().getLeft()).toList(), missing.toString());
        assertEquals(2, missing.get(0).getRange().getStart().getLine());

        // Unsaved text of an open module is what the extending module sees.
        String other = Files.readString(specs.resolve("BuggyMutex.tla"));
        open(uri("BuggyMutex.tla"), other.replace("CONSTANTS Procs", "CONSTANTS Nodes"));
        change(uri, 5, text);
        var unsaved = await(uri, d -> d.getVersion() == 5 && d.getDiagnostics().stream().anyMatch(x -> x.getMessage().contains("Procs"))).getDiagnostics();
        assertTrue(unsaved.stream().anyMatch(d -> d.getMessage().contains("Procs")), unsaved.toString());
    }

    @Test
    void survivesMalformedMessages() throws Exception {
        byte[] garbage = "Content-Length: 12\r\n\r\n{not json!!}".getBytes(StandardCharsets.US_ASCII);
        byte[] noHeader = "hello there\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] wrongShape = "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":42}}".getBytes(StandardCharsets.UTF_8);
        synchronized (toServer) {
            toServer.write(garbage);
            toServer.write(noHeader);
            toServer.write(("Content-Length: " + wrongShape.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toServer.write(wrongShape);
            toServer.flush();
        }
        // Unknown documents and positions far outside them are answered, not failed.
        String ghost = specs.resolve("Ghost.tla").toUri().toString();
        assertTrue(remote.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(ghost), new Position(9999, 9999)))
                .get(30, TimeUnit.SECONDS).getLeft().isEmpty());
        String text = open("BuggyMutex.tla");
        assertEquals(List.of(), await(uri("BuggyMutex.tla"), d -> d.getVersion() == 1).getDiagnostics());
        assertTrue(text.length() > 0);
    }

    @Test
    void hugeFilesGetOneWarningInsteadOfAnAnalysis() throws Exception {
        String uri = specs.resolve("Huge.tla").toUri().toString();
        StringBuilder sb = new StringBuilder("---- MODULE Huge ----\n");
        while (sb.length() <= SpecAnalyzer.MAX_CHARS) {
            sb.append("\\* filler filler filler filler filler filler filler filler filler filler\n");
        }
        open(uri, sb.append("====\n").toString());
        var d = await(uri, p -> p.getVersion() == 1).getDiagnostics();
        assertEquals(1, d.size());
        assertEquals("LS003", d.get(0).getCode().getLeft());
    }

    @Test
    void rapidEditsEndWithTheDiagnosticsOfTheLastVersion() throws Exception {
        String text = open("MutexProps.tla");
        String uri = uri("MutexProps.tla");
        await(uri, d -> d.getVersion() == 1);
        for (int v = 2; v <= 60; v++) {
            // odd versions are broken, even ones fine; the last (60) is fine
            change(uri, v, v % 2 == 1 ? text.replace("InCS <= 1", "InCS <= Limit" + v) : text.replace("<= 1", "<= " + v));
        }
        // Earlier versions' name errors may be carried over briefly (no flicker); the last
        // version's own passes end clean.
        var last = await(uri, d -> d.getVersion() == 60 && d.getDiagnostics().isEmpty());
        assertEquals(List.of(), last.getDiagnostics());
        change(uri, 61, text.replace("InCS <= 1", "InCS <= Limit61"));
        var broken = await(uri, d -> d.getVersion() == 61 && !d.getDiagnostics().isEmpty()).getDiagnostics();
        assertTrue(broken.get(0).getMessage().contains("Limit61"), broken.toString());
    }

    @Test
    void filesOutsideAnyWorkspaceAndUntitledDocuments() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path lone = elsewhere.resolve("Lone.tla");
        Files.writeString(lone, "---- MODULE Lone ----\nVARIABLE x\nInit == x = TRUE\nNext == x' = ~x\n====\n");
        open(lone.toUri().toString(), Files.readString(lone));
        assertEquals(List.of(), await(lone.toUri().toString(), d -> d.getVersion() == 1).getDiagnostics());

        String untitled = "untitled:Untitled-1";
        open(untitled, "---- MODULE Untitled_1 ----\nVARIABLE x\nInit == x = y\n====\n");
        PublishDiagnosticsParams d = await(untitled, p -> p.getVersion() == 1);
        assertNotNull(d.getDiagnostics());
        remote.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(untitled)));
        assertEquals(List.of(), await(untitled, p -> p.getVersion() == null).getDiagnostics());
    }

    @Test
    void configDiagnosticsComeFromTheConfigReaderOnTheUnsavedText() throws Exception {
        String cfg = uri("BuggyMutex.cfg"); // never saved: only the editor has it
        String text = "CONSTANTS Procs = {p1, p2}\n          p1 = p1\n          Proc = 3\nINIT Init\nNEXT Next\nINVARIANT MutualExclusion\n";
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(cfg, "tlaplus-cfg", 1, text)));
        var first = await(cfg, d -> d.getVersion() == 1).getDiagnostics();
        // Proc is declared nowhere: a warning, as check gives; p1 is a model value of Procs: nothing.
        assertEquals(1, first.size(), first.toString());
        assertEquals("LS503", first.get(0).getCode().getLeft());
        assertEquals(DiagnosticSeverity.Warning, first.get(0).getSeverity());
        assertEquals(new Position(2, 10), first.get(0).getRange().getStart());
        assertTrue(first.get(0).getMessage().contains("Proc, which BuggyMutex.tla does not declare"), first.get(0).getMessage());

        change(cfg, 2, "CONSTANTS Procs = {p1, p2}\nINIT\n");
        var broken = await(cfg, d -> d.getVersion() == 2).getDiagnostics();
        assertEquals(1, broken.size(), broken.toString());
        assertEquals("LS501", broken.get(0).getCode().getLeft());
        assertEquals(DiagnosticSeverity.Error, broken.get(0).getSeverity());

        change(cfg, 3, "CONSTANTS Procs = {p1, p2}\nINIT Init\nNEXT Next\n");
        assertEquals(List.of(), await(cfg, d -> d.getVersion() == 3).getDiagnostics());

        change(cfg, 4, text);
        assertTrue(hasCode(await(cfg, d -> d.getVersion() == 4), "LS503"));
        // The spec's unsaved text counts too: declaring Proc in the editor silences the warning,
        // without an edit of the configuration.
        String spec = Files.readString(specs.resolve("BuggyMutex.tla")).replace("CONSTANTS Procs", "CONSTANTS Procs, Proc");
        open(uri("BuggyMutex.tla"), spec);
        await(cfg, d -> d.getVersion() == 4 && d.getDiagnostics().isEmpty());
    }

    @Test
    void navigatesFromConfigNamesToTheSpec() throws Exception {
        Path file = specs.resolve("BuggyMutex.cfg");
        Files.writeString(file, "CONSTANT Procs = {p1, p2}\nINIT Init\nNEXT Next\nINVARIANTS MutualExclusion\n");
        String text = open("BuggyMutex.cfg");
        String cfg = uri("BuggyMutex.cfg");
        assertEquals(List.of(), await(cfg, d -> d.getVersion() == 1).getDiagnostics());
        Path spec = specs.resolve("BuggyMutex.tla");
        for (String[] c : List.of(new String[] {"CONSTANT", "Procs", "CONSTANTS Procs"}, new String[] {"INIT", "Init", "Init =="},
                new String[] {"NEXT", "Next", "Next =="}, new String[] {"INVARIANTS", "MutualExclusion", "MutualExclusion =="})) {
            var defs = remote.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(cfg), at(text, c[0], c[1])))
                    .get(30, TimeUnit.SECONDS).getLeft();
            assertEquals(1, defs.size(), c[1]);
            assertEquals(uri("BuggyMutex.tla"), defs.get(0).getUri());
            assertEquals(lineOf(spec, c[2]), defs.get(0).getRange().getStart().getLine(), c[1]);
        }
        Hover hover = remote.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(cfg), at(text, "NEXT", "Next")))
                .get(30, TimeUnit.SECONDS);
        assertTrue(hover.getContents().getRight().getValue().contains("defined in module BuggyMutex"), hover.toString());
        var keyword = remote.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(cfg), new Position(1, 1)))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(List.of(), keyword);
    }
}
