package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.ExitCode;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void versionNamesLockstepAndTlc() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("lockstep "), r.out());
        assertTrue(r.out().contains("TLC2 2.18"), r.out());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun r = CliRun.run("--help");
        assertEquals(0, r.exitCode());
        for (String c : new String[] {"check", "translate", "Exit codes"}) {
            assertTrue(r.out().contains(c), c);
        }
        String codes = r.out().substring(r.out().indexOf("Exit codes:"));
        for (ExitCode e : ExitCode.values()) {
            assertTrue(codes.matches("(?s).*[\\s:]" + e.code() + "\\s+[a-z].*"), "help names exit code " + e + "\n" + codes);
        }
    }

    /** A line naming its subcommand sets up that one only; any other line sets up all of them. */
    @Test
    void aLineNamingItsSubcommandSetsUpThatOne() {
        assertEquals("validate", LockstepCommand.subcommandNamed("validate", "X.tla", "--trace", "x.ndjson"));
        assertEquals("check", LockstepCommand.subcommandNamed("--debug", "check", "X.tla"));
        assertEquals("worker", LockstepCommand.subcommandNamed("worker"));
        for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"frobnicate", "check"}, {"--debug"},
                {"-h", "check"}, {"Check"}}) {
            assertEquals(null, LockstepCommand.subcommandNamed(args), String.join(" ", args));
        }
        CliRun help = CliRun.run("--debug", "check", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: lockstep check"), help.out());
    }

    @Test
    void debugAddsTheStackTraceWhereverItIsGiven() {
        CliRun plain = CliRun.run("translate", "NoSuchSpec.tla");
        assertEquals(150, plain.exitCode(), plain.err());
        assertFalse(plain.err().contains("\tat "), plain.err());
        for (String[] args : new String[][] {{"--debug", "translate", "NoSuchSpec.tla"}, {"translate", "NoSuchSpec.tla", "--debug"}}) {
            CliRun r = CliRun.run(args);
            assertEquals(150, r.exitCode(), r.err());
            assertTrue(r.err().startsWith(plain.err().lines().findFirst().orElseThrow()), r.err());
            assertTrue(r.err().contains("\tat dev.lockstep.cli.TranslateCommand.call"), String.join(" ", args) + "\n" + r.err());
        }
    }

    @Test
    void usageErrorsExitWithTwoAndNoStackTrace() {
        for (String[] args : new String[][] {{}, {"frobnicate"}, {"check"}, {"check", "X.tla", "--bogus"},
                {"check", "X.tla", "--dfs", "3", "--simulate"}, {"check", "X.tla", "--seed", "3"},
                {"check", "X.tla", "--const", "N3"}, {"check", "X.tla", "--workers", "many"}, {"validate", "X.tla", "--trace", "x.ndjson", "--workers", "0"},
                {"check", "X.tla", "--max-heap", "lots"}, {"check", "X.tla", "--port", "3"},
                {"check", "X.tla", "--distributed", "--dfs", "3"}, {"check", "X.tla", "--distributed", "--port", "70000"},
                {"worker"}, {"worker", "h", "--port", "0"}}) {
            CliRun r = CliRun.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().startsWith("lockstep: error: "), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }
}
