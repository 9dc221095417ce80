package dev.lockstep.cli;

import dev.lockstep.lsp.LockstepLanguageServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lockstep lsp}: the language server for editors, LSP over stdin and stdout. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Runs the Lockstep language server: LSP (JSON-RPC) over stdin and stdout.",
                "Started by the VS Code extension; any LSP client can use it."})
public final class LspCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--stdio", description = "Talk LSP over stdin/stdout (the default; accepted because LSP clients pass it).")
    boolean stdio;

    @Mixin
    ToolsOption tools = new ToolsOption();
    @Mixin
    LibraryOption library = new LibraryOption();

    public LspCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        return LockstepLanguageServer.serve(ctx.in(), new WriterOutputStream(ctx.out()), tools.resolve(ctx),
                library.resolve(ctx).userDirs());
    }

    /**
     * The bytes lsp4j writes (UTF-8 headers and JSON), passed through the CLI's UTF-8 writer. The
     * decoder keeps a multi-byte character split across writes until its last byte arrives, so
     * what reaches stdout is byte for byte what lsp4j wrote.
     */
    static final class WriterOutputStream extends OutputStream {
        private final PrintWriter out;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private ByteBuffer pending = ByteBuffer.allocate(0);

        WriterOutputStream(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + len);
            in.put(pending).put(b, off, len).flip();
            CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
            CoderResult r = decoder.decode(in, chars, false);
            if (r.isError()) {
                in.position(in.limit());
            }
            chars.flip();
            out.append(chars);
            pending = in.slice();
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
            if (out.checkError()) {
                throw new IOException("stdout is closed");
            }
        }
    }
}
