package com.example.raft;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A Raft cluster run by a seeded scheduler: servers, an in-memory network that reorders messages,
 * clients, election timers. Each step picks one enabled thing to happen (a message delivered, a
 * timeout, a vote request, a replication to a peer, a commit, a client request, a timer tick), so
 * a seed gives one reproducible run, and every server logs its own events.
 *
 * <pre>
 * java -cp classes com.example.raft.Cluster --events 100000 --seed 1 --out logs/ [--nodes 3] [--commit-quorum-bug]
 * </pre>
 */
public final class Cluster {
    private final List<RaftNode> nodes = new ArrayList<>();
    private final List<Message> network = new ArrayList<>();
    private final Random random;

    Cluster(int size, long seed, EventLog log, boolean commitQuorumBug) {
        this.random = new Random(seed);
        for (int id = 1; id <= size; id++) {
            nodes.add(new RaftNode(id, size, network::add, log, commitQuorumBug));
        }
    }

    /** One scheduling step: something enabled happens (weights favour delivering messages). */
    void step() {
        int r = random.nextInt(100);
        RaftNode n = nodes.get(random.nextInt(nodes.size()));
        int peer = 1 + random.nextInt(nodes.size());
        boolean anyLeader = nodes.stream().anyMatch(RaftNode::isLeader);
        boolean anyCandidate = nodes.stream().anyMatch(RaftNode::isCandidate);
        if (r < 45 && !network.isEmpty()) {
            Message m = network.remove(random.nextInt(network.size()));
            nodes.get(m.to() - 1).receive(m);
        } else if (r < 45) {
            return; // nothing in flight
        } else if (random.nextInt(anyLeader || anyCandidate ? 400 : 10) == 0) {
            n.timeout();
        } else if (r < 65) {
            n.requestVote(peer);
            n.becomeLeaderIfElected();
        } else if (r < 85) {
            n.replicate(peer, 4);
        } else if (r < 92) {
            n.advanceCommit();
        } else if (r < 94) {
            n.clientRequest("v1");
        } else if (r < 95) {
            n.tick();
        }
    }

    public static void main(String[] args) throws IOException {
        long events = 1000;
        long seed = 1;
        int size = 3;
        Path out = Path.of("logs");
        boolean bug = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--nodes" -> size = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--commit-quorum-bug" -> bug = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (EventLog log = new EventLog(out, size)) {
            Cluster c = new Cluster(size, seed, log, bug);
            while (log.events() < events) {
                c.step();
            }
        }
    }
}
