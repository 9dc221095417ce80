package com.example.raft;

/**
 * A Raft RPC or its response, as the network carries it. Field names follow etcd's raftpb:
 * {@code index}/{@code logTerm} are the previous log index and term of an append (the last log
 * index and term of a vote request), {@code entries} the entries carried.
 */
record Message(Type type, int from, int to, long term, long index, long logTerm, java.util.List<Entry> entries,
               long commit, boolean reject) {

    enum Type { MsgVote, MsgVoteResp, MsgApp, MsgHeartbeat, MsgAppResp, MsgHeartbeatResp }

    /** A log entry: the term it was created in and the client's value. */
    record Entry(long term, String value) {
    }

    /** The message as it appears in a log line (entries as a count: their content is not logged). */
    String json(boolean sent) {
        StringBuilder sb = new StringBuilder("{\"type\":\"").append(type).append('"');
        sb.append(sent ? ",\"to\":\"" + to + "\"" : ",\"from\":\"" + from + "\"");
        sb.append(",\"term\":").append(term);
        switch (type) {
            case MsgVote -> sb.append(",\"logTerm\":").append(logTerm).append(",\"index\":").append(index);
            case MsgApp, MsgHeartbeat -> sb.append(",\"index\":").append(index).append(",\"logTerm\":").append(logTerm)
                    .append(",\"entries\":").append(entries.size()).append(",\"commit\":").append(commit);
            case MsgAppResp, MsgHeartbeatResp -> sb.append(",\"index\":").append(index).append(",\"reject\":").append(reject);
            case MsgVoteResp -> sb.append(",\"reject\":").append(reject);
        }
        return sb.append('}').toString();
    }
}
