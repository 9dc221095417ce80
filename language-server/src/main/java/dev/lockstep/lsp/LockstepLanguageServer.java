package dev.lockstep.lsp;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.process.ScratchDir;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server: capabilities, lifecycle ({@code initialize}, {@code shutdown},
 * {@code exit}) and the document service that does the work.
 */
public final class LockstepLanguageServer implements LanguageServer, LanguageClientAware {
    private final TlaDocumentService documents;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile boolean shutdownRequested;

    public LockstepLanguageServer(ServerConfig config) {
        this.documents = new TlaDocumentService(config, new SpecAnalyzer(config.workDir(), config.standardModules(),
                config.libraryDirs()));
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setDocumentSymbolProvider(true);
        caps.setDefinitionProvider(true);
        caps.setReferencesProvider(true);
        caps.setHoverProvider(true);
        caps.setCompletionProvider(new CompletionOptions(false, List.of("\\")));
        caps.setCodeLensProvider(new CodeLensOptions(false));
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("lockstep", version())));
    }

    private static String version() {
        String v = LockstepLanguageServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        documents.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        documents.close();
        exited.complete(shutdownRequested ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
                documents.reanalyzeAll();
            }
        };
    }

    /** Completes with the process exit code when the client sends {@code exit}. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    /**
     * Serves LSP over {@code in}/{@code out} until the client sends {@code exit} or closes the
     * input, then cleans up. Returns the exit code the LSP spec asks for (0 after shutdown, 1
     * otherwise).
     *
     * @param tools       the TLA+ tools whose standard modules and SANY the server uses
     * @param libraryDirs the user's library folders, searched after a spec's folder
     */
    public static int serve(InputStream in, OutputStream out, Tla2Tools tools, List<Path> libraryDirs) throws IOException {
        Path work = ScratchDir.create(null, "lsp");
        try {
            Path std = StandardModules.extract(tools, work.resolve("std"));
            LockstepLanguageServer server = new LockstepLanguageServer(new ServerConfig(work, std, 15, 600, libraryDirs));
            Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            CompletableFuture<Object> inputClosed = CompletableFuture.supplyAsync(() -> {
                try {
                    listening.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // the stream broke: treated as the client going away
                }
                return 1;
            });
            Object code = CompletableFuture.anyOf(server.exited(), inputClosed).join();
            listening.cancel(true);
            server.documents.close();
            return code instanceof Integer i ? i : 1;
        } finally {
            ScratchDir.deleteQuietly(work);
        }
    }
}
