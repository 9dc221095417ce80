package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Compares a {@code lockstep check --json} run with figures recorded from a real run. */
final class RecordedRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordedRun() {
    }

    /**
     * {@code expected} holds result, exitCode, distinctStates, totalStates, depth and optionally
     * property (the violated invariant or property), as the recorders in specs/ write them.
     */
    static void assertMatches(JsonNode expected, CliRun r, String what) throws IOException {
        assertEquals(expected.get("exitCode").asInt(), r.exitCode(), what + "\n" + r.err());
        JsonNode got = JSON.readTree(r.out());
        assertEquals(expected.get("result").asText(), got.get("result").asText(), what);
        assertEquals(expected.get("distinctStates").asLong(), got.get("distinctStates").asLong(), what);
        assertEquals(expected.get("totalStates").asLong(), got.get("totalStates").asLong(), what);
        assertEquals(expected.get("depth").asInt(), got.get("depth").asInt(), what);
        JsonNode property = expected.get("property");
        if (property != null && !property.isNull()) {
            assertEquals(property.asText(), got.at("/violation/property").asText(), what);
        }
    }
}
