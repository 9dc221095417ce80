package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Main main = new Main(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]), Map.of());
        return main.run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void validModuleExitsZero() throws IOException {
        Path f = write("Good.tla", "---- MODULE Good ----\nVARIABLE x\nInit == x = 0\n====\n");
        assertEquals(0, run("parse", f.toString()));
        assertTrue(out.toString().contains("Good.tla: ok"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void syntaxErrorExits150WithLocationAndCaret() throws IOException {
        Path f = write("Bad.tla", "---- MODULE Bad ----\nVARIABLE x\nInit == x = = 0\n====\n");
        assertEquals(150, run("parse", f.toString()));
        String e = err.toString();
        // SANY reads the second '=' as an operand (an operator symbol) and fails at the '0'
        assertTrue(e.contains(f + ":3:15: error: "), e);
        assertTrue(e.contains("[LS102]"), e);
        assertTrue(e.contains("  Init == x = = 0"), e);
        assertTrue(e.contains("^"), e);
    }

    @Test
    void precedenceConflictIsAnError() throws IOException {
        Path f = write("Prec.tla", "---- MODULE Prec ----\nA == 1 < 2 < 3\n====\n");
        assertEquals(150, run("parse", f.toString()));
        assertTrue(err.toString().contains("[LS103]"), err.toString());
    }

    @Test
    void unknownNameIsAnError() throws IOException {
        Path f = write("Names.tla", "---- MODULE Names ----\nA == B\n====\n");
        assertEquals(150, run("parse", f.toString()));
        assertTrue(err.toString().contains(f + ":2:6: error: unknown name 'B' [LS201]"), err.toString());
    }

    @Test
    void definitionsClashingAcrossExtendedModulesWarnAndExitZero() throws IOException {
        // SANY warns ("Multiple declarations or definitions") and accepts; so does parse
        write("Low.tla", "---- MODULE Low ----\nFoo == 1\n====\n");
        write("High.tla", "---- MODULE High ----\nFoo == 2\n====\n");
        Path f = write("Both.tla", "---- MODULE Both ----\nEXTENDS Low, High\nBar == Foo\n====\n");
        assertEquals(0, run("parse", f.toString()));
        assertTrue(err.toString().contains(f + ":2:14: warning: ") && err.toString().contains("[LS210]"), err.toString());
        assertTrue(out.toString().contains("Both.tla: ok"), out.toString());
    }

    @Test
    void missingModuleExits150() throws IOException {
        Path f = write("Lost.tla", "---- MODULE Lost ----\nEXTENDS Nowhere\n====\n");
        assertEquals(150, run("parse", f.toString()));
        assertTrue(err.toString().contains(f + ":2:9: error: ") && err.toString().contains("[LS204]"), err.toString());
    }

    @Test
    void missingFileExits150() {
        assertEquals(150, run("parse", dir.resolve("Nope.tla").toString()));
        assertTrue(err.toString().contains("[LS001]"), err.toString());
    }

    @Test
    void anyErrorAmongSeveralFilesFails() throws IOException {
        Path good = write("Good.tla", "---- MODULE Good ----\nA == 1\n====\n");
        Path bad = write("Bad.tla", "---- MODULE Bad ----\nA == (1\n====\n");
        assertEquals(150, run("parse", good.toString(), bad.toString()));
    }

    @Test
    void jsonPrintsTheSyntaxTree() throws IOException {
        Path f = write("J.tla", "---- MODULE J ----\nVARIABLE x\nInit == /\\ x = 0\n        /\\ TRUE\n====\n");
        assertEquals(0, run("parse", "--json", f.toString()));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode module = root.get("modules").get(0);
        assertEquals("J", module.get("name").get("text").asText());
        JsonNode init = module.get("units").get(1);
        assertEquals("OperatorDef", init.get("node").asText());
        assertEquals("Junction", init.get("body").get("node").asText());
        assertEquals(2, init.get("body").get("items").size());
        assertEquals(0, root.get("diagnostics").size());
    }

    @Test
    void noFilesIsAUsageError() {
        assertEquals(2, run("parse"));
    }
}
