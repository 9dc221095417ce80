package com.example.raft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One Raft server: elections (terms, votes), log replication and commitment. It talks only through
 * {@code send} and logs every event with its own local state (term, vote, role, commit index, log
 * length) and the message it sent or received, one JSON line per event, as a production server
 * would. Nothing global is logged: each line is what this node knows.
 */
final class RaftNode {
    enum Role { StateFollower, StateCandidate, StateLeader }

    private final int id;
    private final int clusterSize;
    private final Consumer<Message> send;
    private final EventLog log;
    private final boolean commitQuorumBug;

    private long term;
    private int votedFor; // 0: nobody
    private Role role = Role.StateFollower;
    private final Set<Integer> votes = new HashSet<>();
    private final List<Message.Entry> entries = new ArrayList<>();
    private long commit;
    private final long[] nextIndex;
    private final long[] matchIndex;

    /**
     * @param commitQuorumBug the seeded bug: when committing, the leader takes {@code n / 2} servers
     *                        (integer division) for a quorum, so in a cluster of three it commits
     *                        an entry only it has
     */
    RaftNode(int id, int clusterSize, Consumer<Message> send, EventLog log, boolean commitQuorumBug) {
        this.id = id;
        this.clusterSize = clusterSize;
        this.send = send;
        this.log = log;
        this.commitQuorumBug = commitQuorumBug;
        this.nextIndex = new long[clusterSize + 1];
        this.matchIndex = new long[clusterSize + 1];
    }

    int id() {
        return id;
    }

    boolean isLeader() {
        return role == Role.StateLeader;
    }

    boolean isCandidate() {
        return role == Role.StateCandidate;
    }

    private long lastTerm() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).term();
    }

    private boolean isCommitQuorum(int n) {
        return commitQuorumBug ? n >= clusterSize / 2 : 2 * n > clusterSize;
    }

    /** The election timer fired. */
    void timeout() {
        if (role == Role.StateLeader) {
            return;
        }
        term++;
        role = Role.StateCandidate;
        votedFor = id;
        votes.clear();
        votes.add(id);
        event("BecomeCandidate", null);
    }

    /** A candidate asks {@code peer} for its vote. */
    void requestVote(int peer) {
        if (role != Role.StateCandidate || peer == id) {
            return;
        }
        emit(new Message(Message.Type.MsgVote, id, peer, term, entries.size(), lastTerm(), List.of(), 0, false));
    }

    void becomeLeaderIfElected() {
        if (role != Role.StateCandidate || 2 * votes.size() <= clusterSize) {
            return;
        }
        role = Role.StateLeader;
        for (int t = 1; t <= clusterSize; t++) {
            nextIndex[t] = entries.size() + 1;
            matchIndex[t] = t == id ? entries.size() : 0;
        }
        event("BecomeLeader", null);
    }

    /** A client submits a value to the leader. */
    void clientRequest(String value) {
        if (role != Role.StateLeader) {
            return;
        }
        entries.add(new Message.Entry(term, value));
        matchIndex[id] = entries.size();
        event("ClientRequest", null);
    }

    /** The leader replicates to {@code peer}: up to {@code max} entries from its nextIndex (none: a heartbeat). */
    void replicate(int peer, int max) {
        if (role != Role.StateLeader || peer == id) {
            return;
        }
        int from = (int) nextIndex[peer];
        int to = Math.min(entries.size() + 1, from + max);
        long prev = from - 1;
        List<Message.Entry> batch = List.copyOf(entries.subList(from - 1, to - 1));
        emit(new Message(batch.isEmpty() ? Message.Type.MsgHeartbeat : Message.Type.MsgApp, id, peer, term, prev,
                prev == 0 ? 0 : entries.get((int) prev - 1).term(), batch, Math.min(commit, to - 1), false));
    }

    /** The leader commits the highest entry of its term a quorum has. */
    void advanceCommit() {
        if (role != Role.StateLeader) {
            return;
        }
        long best = 0;
        for (int i = 1; i <= entries.size(); i++) {
            int agree = 0;
            for (int t = 1; t <= clusterSize; t++) {
                if (matchIndex[t] >= i) {
                    agree++;
                }
            }
            if (isCommitQuorum(agree) && entries.get(i - 1).term() == term) {
                best = i;
            }
        }
        if (best > commit) {
            commit = best;
            event("Commit", null);
        }
    }

    /** A message arrives. */
    void receive(Message m) {
        boolean higher = m.term() > term;
        long oldTerm = term;
        Role oldRole = role;
        if (higher) {
            term = m.term();
            votedFor = 0;
            role = Role.StateFollower;
        }
        switch (m.type()) {
            case MsgVote -> {
                boolean logOk = m.logTerm() > lastTerm() || (m.logTerm() == lastTerm() && m.index() >= entries.size());
                boolean grant = m.term() == term && logOk && (votedFor == 0 || votedFor == m.from());
                if (grant) {
                    votedFor = m.from();
                }
                reply(m, new Message(Message.Type.MsgVoteResp, id, m.from(), term, 0, 0, List.of(), 0, !grant));
            }
            case MsgVoteResp -> {
                if (m.term() == oldTerm && !m.reject() && oldRole == Role.StateCandidate) {
                    votes.add(m.from());
                }
                event("Receive", m.json(false));
            }
            case MsgApp, MsgHeartbeat -> {
                long prev = m.index();
                boolean logOk = prev == 0 || (prev <= entries.size() && entries.get((int) prev - 1).term() == m.logTerm());
                boolean ok = m.term() == term && logOk;
                if (m.term() == term) {
                    role = Role.StateFollower;
                }
                if (ok) {
                    List<Message.Entry> taken = new ArrayList<>(entries.subList(0, (int) prev));
                    taken.addAll(m.entries());
                    boolean hasAll = entries.size() > taken.size() && entries.subList(0, taken.size()).equals(taken);
                    if (!hasAll) {
                        entries.clear();
                        entries.addAll(taken);
                    }
                    commit = Math.max(commit, Math.min(m.commit(), prev + m.entries().size()));
                }
                Message.Type t = m.type() == Message.Type.MsgApp ? Message.Type.MsgAppResp : Message.Type.MsgHeartbeatResp;
                reply(m, new Message(t, id, m.from(), term, ok ? prev + m.entries().size() : 0, 0, List.of(), 0, !ok));
            }
            case MsgAppResp, MsgHeartbeatResp -> {
                boolean current = m.term() == oldTerm && oldRole == Role.StateLeader;
                if (current && !m.reject()) {
                    nextIndex[m.from()] = m.index() + 1;
                    matchIndex[m.from()] = Math.max(matchIndex[m.from()], m.index());
                } else if (current) {
                    nextIndex[m.from()] = Math.max(nextIndex[m.from()] - 1, 1);
                }
                event("Receive", m.json(false));
            }
        }
    }

    private void reply(Message received, Message response) {
        event("Receive", received.json(false));
        send.accept(response);
    }

    private void emit(Message m) {
        event("Send", m.json(true));
        send.accept(m);
    }

    void tick() {
        event("Tick", null);
    }

    private void event(String name, String msg) {
        log.write(id, name, term, votedFor, role.name(), commit, entries.size(), msg);
    }
}
