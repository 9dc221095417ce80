package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code lockstep lsp} through the picocli entry point, with LSP messages on stdin. */
class LspCommandTest {

    private static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void answersInitializeAndExitsCleanlyAfterShutdown() {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}"));
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}"));
        // A non-ASCII character in a message: Content-Length counts bytes, and must stay exact.
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///tmp/Sp\u00e9c.tla\"},\"position\":{\"line\":0,\"character\":0}}}"));
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}"));
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(in.toByteArray()), Map.of())
                .run("lsp", "--stdio");
        assertEquals(0, code, err.toString());
        String o = out.toString();
        assertTrue(o.startsWith("Content-Length: "), o);
        assertTrue(o.contains("\"definitionProvider\":true"), o);
        assertTrue(o.contains("\"id\":3"), o);
        // Every frame's Content-Length matches its UTF-8 body.
        String rest = o;
        while (!rest.isEmpty()) {
            int headerEnd = rest.indexOf("\r\n\r\n");
            int len = Integer.parseInt(rest.substring("Content-Length: ".length(), headerEnd).trim());
            byte[] bytes = rest.substring(headerEnd + 4).getBytes(StandardCharsets.UTF_8);
            String body = new String(bytes, 0, len, StandardCharsets.UTF_8);
            assertTrue(body.startsWith("{") && body.endsWith("}"), body);
            rest = rest.substring(headerEnd + 4 + body.length());
        }
    }

    @Test
    void endOfInputWithoutShutdownExitsWithOne() {
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err), new ByteArrayInputStream(new byte[0]), Map.of()).run("lsp");
        assertEquals(1, code, err.toString());
    }

    @Test
    void anUnusableTla2toolsJarIsOneClearMessage() {
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err), new ByteArrayInputStream(new byte[0]), Map.of())
                .run("lsp", "--tla2tools", "/no/such/tla2tools.jar");
        assertEquals(ExitCode.SYSTEM_ERROR.code(), code);
        assertTrue(err.toString().contains("/no/such/tla2tools.jar: error: tla2tools jar (from --tla2tools) does not exist"), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace");
    }
}
