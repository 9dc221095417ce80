package com.example.raft;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Each node's event log: one file per node ({@code node-N.ndjson}), one JSON line per event with
 * that node's local state. {@code clock} is a Lamport timestamp (the cluster runs its nodes one
 * event at a time, so a counter shared by the simulation is one), which lets a reader merge the
 * files in an order that respects causality.
 */
final class EventLog implements AutoCloseable {
    private final BufferedWriter[] out;
    private long clock;

    EventLog(Path dir, int nodes) throws IOException {
        Files.createDirectories(dir);
        out = new BufferedWriter[nodes + 1];
        for (int n = 1; n <= nodes; n++) {
            out[n] = Files.newBufferedWriter(dir.resolve("node-" + n + ".ndjson"), StandardCharsets.UTF_8);
        }
    }

    long events() {
        return clock;
    }

    void write(int node, String event, long term, int vote, String role, long commit, long logLength, String msg) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("{\"clock\":").append(++clock).append(",\"node\":\"").append(node).append("\",\"event\":\"")
                .append(event).append("\",\"term\":").append(term).append(",\"vote\":\"").append(vote)
                .append("\",\"role\":\"").append(role).append("\",\"commit\":").append(commit)
                .append(",\"logLength\":").append(logLength);
        if (msg != null) {
            sb.append(",\"msg\":").append(msg);
        }
        sb.append("}\n");
        try {
            out[node].write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (int n = 1; n < out.length; n++) {
            out[n].close();
        }
    }
}
