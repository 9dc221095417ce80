package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.NativeLogReader;
import dev.lockstep.validator.log.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tlc2.value.impl.Value;

/**
 * The values read ahead on the reader's thread: those a line changes from the line before, as the
 * checker would read them; what does not convert is left to the checker.
 */
class ValuesAheadTest {
    @TempDir
    Path tmp;

    @Test
    void readsWhatALineChangesAndLeavesTheRest() throws Exception {
        Path log = tmp.resolve("a.ndjson");
        Files.writeString(log, String.join("\n",
                "{\"action\":\"Init\",\"state\":{\"x\":1,\"y\":{\"#set\":[\"s1\",\"a\"]}}}",
                "{\"action\":\"A\",\"state\":{\"x\":2,\"y\":{\"#set\":[\"s1\",\"a\"]}}}",
                "{\"action\":\"A\",\"state\":{\"x\":2,\"y\":{\"#set\":[\"a\",\"s1\"]}}}",
                "{\"action\":\"A\",\"state\":{\"x\":99999999999,\"y\":{\"#set\":[\"a\",\"s1\"]}}}") + "\n");
        List<Value[]> ahead = new ArrayList<>();
        ValuesAhead values = new ValuesAhead(Set.of("s1"));
        try (NativeLogReader r = NativeLogReader.open(log, new ObjectMapper(), new Problems(true),
                NativeLogReader.DEFAULT_MAX_LINE, null)) {
            LogEvent e;
            while ((e = r.next()) != null) {
                ahead.add(values.read(e.state()));
            }
        }
        assertEquals(4, ahead.size());
        assertEquals("1", ahead.get(0)[0].toString());                 // the first line: every value
        assertEquals("{s1, \"a\"}", ahead.get(0)[1].toString());
        assertEquals("2", ahead.get(1)[0].toString());                 // changed
        assertNull(ahead.get(1)[1]);                                   // the same bytes: the checker has it
        assertNull(ahead.get(2)[0]);
        assertNotNull(ahead.get(2)[1]);                                // other bytes, the same set: read
        assertEquals(2, ahead.get(1).length);
        assertNull(ahead.get(3)[0]);                                   // outside TLC's integers: the checker reports it
    }

    @Test
    void aStateNotScannedIsLeftToTheChecker() {
        assertNull(new ValuesAhead(Set.of()).read(null));
    }
}
