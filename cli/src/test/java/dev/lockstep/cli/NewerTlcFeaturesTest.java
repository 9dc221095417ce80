package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the bundled TLC lacks, through the CLI: a Unicode spec with an ALIAS checks, its aliased
 * counterexample is shown in the terminal and in --json with locations in the user's file; the
 * features only a newer TLC has stop with one message naming the feature and --tla2tools.
 */
class NewerTlcFeaturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path bank() throws IOException {
        Files.writeString(dir.resolve("Bank.cfg"), "CONSTANT Max = 3\nINIT Init\nNEXT Next\nINVARIANT Solvent\nALIAS Shown\n");
        return Files.writeString(dir.resolve("Bank.tla"), """
                ---- MODULE Bank ----
                EXTENDS Naturals, Integers
                CONSTANT Max
                VARIABLES balance, withdrawn
                Init ≜ ∧ balance = Max
                       ∧ withdrawn = 0
                Withdraw ≜ ∧ withdrawn < Max + 1
                           ∧ balance′ = balance − 1
                           ∧ withdrawn′ = withdrawn + 1
                Next ≜ Withdraw
                Solvent ≜ balance ≥ 0
                Shown ≜ [funds ↦ balance, paidOut ↦ withdrawn]
                ====
                """.replace("−", "-"), StandardCharsets.UTF_8);
    }

    @Test
    void aliasedUnicodeCounterexampleInJsonAndTerminal() throws IOException {
        Path spec = bank();
        CliRun j = CliRun.run("check", spec.toString(), "--json");
        assertEquals(12, j.exitCode(), j.out() + j.err());
        JsonNode doc = JSON.readTree(j.out());
        assertEquals("[\"funds\",\"paidOut\"]", doc.at("/trace/vars").toString());
        JsonNode states = doc.at("/trace/states");
        assertEquals(5, states.size());
        assertEquals(-1, states.get(4).get("funds").asInt());
        assertEquals(4, states.get(4).get("paidOut").asInt());
        // the action's location is in the user's (Unicode) columns: Withdraw's body starts at column 12
        assertEquals("Bank:7:12-9:39", states.get(1).at("/#meta/location").asText());

        CliRun h = CliRun.run("check", spec.toString());
        assertEquals(12, h.exitCode());
        assertTrue(h.out().contains("funds = -1"), h.out());
        assertFalse(h.out().contains("balance ="), h.out());
    }

    @Test
    void dumpTraceNeedsANewerTlc() throws IOException {
        Path spec = bank();
        CliRun r = CliRun.run("check", spec.toString(), "--dump-trace", "json", dir.resolve("t.json").toString());
        assertEquals(153, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("LS611") && r.err().contains("-dumpTrace") && r.err().contains("--tla2tools"), r.err());
    }
}
