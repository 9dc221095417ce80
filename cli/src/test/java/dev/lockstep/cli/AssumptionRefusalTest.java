package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model whose ASSUME is false is refused by generate and validate with exit 10, as check refuses it. */
class AssumptionRefusalTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new Main(new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]),
                Map.of()).run(args);
    }

    /** Replicas and a minimum replica count the config may set below a majority. */
    private static final String SPEC = """
            ---- MODULE Replicas ----
            EXTENDS Naturals, FiniteSets
            CONSTANTS Node, MinAcks

            AcksAreAMajority == 2 * MinAcks > Cardinality(Node)
            ASSUME AcksAreAMajority

            VARIABLE acked
            Init == acked = {}
            Ack(n) == n \\notin acked /\\ acked' = acked \\cup {n}
            Next == \\E n \\in Node : Ack(n)
            ====
            """;

    private Path spec(int minAcks) throws IOException {
        Files.writeString(dir.resolve("Replicas.tla"), SPEC);
        Files.writeString(dir.resolve("Replicas.cfg"), "CONSTANTS\n    Node = {n1, n2, n3}\n    MinAcks = " + minAcks
                + "\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");
        return dir.resolve("Replicas.tla");
    }

    @Test
    void generateRefusesAFalseAssumeAtItsLineAndAcceptsATrueOne() throws IOException {
        Path spec = spec(1);
        Path src = dir.resolve("src");
        assertEquals(10, run("generate", spec.toString(), "--package", "com.acme.replicas", "--out", src.toString()));
        assertTrue(err.toString().contains(spec + ":6:8: error: the assumption AcksAreAMajority is false under the"
                + " model's constants"), err.toString());
        assertTrue(err.toString().contains("LS613"), err.toString());
        assertFalse(Files.exists(src), "nothing is generated for a model TLC refuses");
        assertEquals(10, run("check", spec.toString()), out + "" + err);

        spec(2);
        assertEquals(0, run("generate", spec.toString(), "--package", "com.acme.replicas", "--out", src.toString()),
                err.toString());
        assertTrue(Files.isRegularFile(src.resolve("com/acme/replicas/ReplicasMain.java")));
    }

    @Test
    void validateRefusesAFalseAssumeAsCheckDoes() throws IOException {
        Path spec = spec(1);
        Path log = dir.resolve("run.ndjson");
        Files.writeString(log, "{\"action\":\"Init\",\"state\":{\"acked\":{\"#set\":[]}}}\n"
                + "{\"action\":\"Ack\",\"params\":{\"n\":\"n1\"},\"state\":{\"acked\":{\"#set\":[\"n1\"]}}}\n");
        assertEquals(10, run("validate", spec.toString(), "--trace", log.toString()), out + "" + err);
        assertTrue(err.toString().contains("the assumption AcksAreAMajority is false"), err.toString());
        assertTrue(err.toString().contains("Replicas.tla:6:8"), err.toString());
        spec(2);
        assertEquals(0, run("validate", spec.toString(), "--trace", log.toString()), out + "" + err);
    }
}
