package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.tlc.TlcEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void drawsLatestProgressAndClearsOnClose() {
        StringWriter sw = new StringWriter();
        try (ProgressLine line = new ProgressLine(new PrintWriter(sw))) {
            line.event(new TlcEvent.Message(2200, 0, "Progress(7) at 2026-11-21 22:00:58: 120,000 states generated "
                    .replace(",", "") + "(676 s/min), 34567 distinct states found (507 ds/min), 89 states left on queue.",
                    List.of(), true));
            line.draw();
        }
        String s = sw.toString();
        assertTrue(s.contains("[tlc] 34,567 distinct, 89 queued, 676 states/min, 00:0"), s);
        assertTrue(s.endsWith("\r\033[K"), "the line is cleared at the end");
    }
}
