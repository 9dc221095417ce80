package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validating against a spec written with TLA+'s Unicode symbols: TLC's evaluator (2.18) reads its
 * ASCII copy, so a log conforms or fails exactly as it does against the same spec in ASCII.
 */
class UnicodeSpecTest {
    private static final String UNICODE = """
            ---- MODULE Turn ----
            EXTENDS Naturals
            VARIABLES turn, rounds
            Init ≜ ∧ turn = "ping"
                   ∧ rounds = 0
            Ping ≜ ∧ turn = "ping"
                   ∧ turn′ = "pong"
                   ∧ UNCHANGED rounds
            Pong ≜ ∧ turn = "pong"
                   ∧ turn′ = "ping"
                   ∧ rounds′ = rounds + 1
            Next ≜ Ping ∨ Pong
            ====
            """;

    @TempDir
    Path dir;
    @TempDir
    Path work;

    @Test
    void aLogIsJudgedAgainstTheUnicodeSpec() throws Exception {
        Path spec = dir.resolve("Turn.tla");
        Files.writeString(spec, UNICODE, StandardCharsets.UTF_8);
        Path cfg = Files.writeString(dir.resolve("Turn.cfg"), "INIT Init\nNEXT Next\n");
        List<String> good = List.of(
                "{\"action\":\"Init\",\"state\":{\"turn\":\"ping\",\"rounds\":0}}",
                "{\"action\":\"Ping\",\"state\":{\"turn\":\"pong\",\"rounds\":0}}",
                "{\"action\":\"Pong\",\"state\":{\"turn\":\"ping\",\"rounds\":1}}");
        Validator v = Fixtures.validator(work);
        ValidationResult ok = v.validate(ValidationRequest.of(spec, cfg, List.of(Fixtures.write(dir.resolve("good.ndjson"), good))));
        assertEquals(3, assertInstanceOf(Verdict.Conforms.class, ok.verdict(), () -> ok.verdict().toString()).events());
        assertEquals(spec, ok.spec());

        List<String> bad = List.of(good.get(0), good.get(1),
                "{\"action\":\"Pong\",\"state\":{\"turn\":\"ping\",\"rounds\":2}}");
        ValidationResult no = v.validate(ValidationRequest.of(spec, cfg, List.of(Fixtures.write(dir.resolve("bad.ndjson"), bad))));
        assertInstanceOf(Verdict.DoesNotConform.class, no.verdict(), () -> no.verdict().toString());
    }

    /**
     * A configuration with an ALIAS line (which TLC 2.18 rejects as "expecting a keyword"): check
     * takes it, so validate does; the alias is blanked in the copy TLC reads, the user's file stays.
     */
    @Test
    void aConfigurationWithAnAliasIsAccepted() throws Exception {
        Path spec = dir.resolve("Turn.tla");
        Files.writeString(spec, UNICODE.replace("====", "Shown ≜ [t ↦ turn]\n===="), StandardCharsets.UTF_8);
        String text = "INIT Init\nNEXT Next\nALIAS Shown\n";
        Path cfg = Files.writeString(dir.resolve("Turn.cfg"), text);
        List<String> log = List.of(
                "{\"action\":\"Init\",\"state\":{\"turn\":\"ping\",\"rounds\":0}}",
                "{\"action\":\"Ping\",\"state\":{\"turn\":\"pong\",\"rounds\":0}}",
                "{\"action\":\"Pong\",\"state\":{\"turn\":\"ping\",\"rounds\":2}}");
        ValidationResult r = Fixtures.validator(work).validate(ValidationRequest.of(spec, cfg,
                List.of(Fixtures.write(dir.resolve("log.ndjson"), log))));
        Verdict.DoesNotConform no = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), () -> r.verdict()
                + " " + r.diagnostics());
        assertEquals(3, no.witness().line());
        assertEquals(text, Files.readString(cfg));
    }
}
