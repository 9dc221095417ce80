package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate takes the specs check takes: a PlusCal spec whose translation is missing is translated
 * into a scratch copy (the user's file is left alone), as check does.
 */
class ModelCopyValidateTest {
    @TempDir
    Path tmp;

    @Test
    void aPlusCalSpecWithoutItsTranslationValidates() throws Exception {
        Path gossip = Fixtures.librarySpec("Gossip");
        Path log = tmp.resolve("gossip.ndjson");
        List<String> lines = Fixtures.sample(gossip, 3, 40, log);
        Path dir = Files.createDirectories(tmp.resolve("untranslated"));
        String text = Files.readString(gossip, StandardCharsets.UTF_8);
        int begin = text.indexOf("\\* BEGIN TRANSLATION");
        int end = text.indexOf("\\* END TRANSLATION");
        String stripped = text.substring(0, begin) + text.substring(end + "\\* END TRANSLATION".length());
        Path spec = Files.writeString(dir.resolve("Gossip.tla"), stripped, StandardCharsets.UTF_8);
        Files.copy(Fixtures.cfgOf(gossip), dir.resolve("Gossip.cfg"));

        ValidationResult r = Fixtures.validator(Files.createDirectories(tmp.resolve("work")))
                .validate(ValidationRequest.of(spec, dir.resolve("Gossip.cfg"), List.of(log)));

        Verdict.Conforms c = assertInstanceOf(Verdict.Conforms.class, r.verdict(), r.verdict().toString());
        assertEquals(lines.size(), c.events());
        assertEquals(stripped, Files.readString(spec, StandardCharsets.UTF_8), "the user's file is not touched");
        assertTrue(r.spec().equals(spec));
    }
}
