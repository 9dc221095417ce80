--------------------------- MODULE RaftLogTrace ----------------------------
(***************************************************************************)
(* The baseline of bench/validate/mapped.sh: a hand-written trace-checking *)
(* spec for the per-node logs of examples/raft, in the style of published  *)
(* TLA+ trace validation (Cirstea, Kuppe, Merz et al., 2024). The merged   *)
(* log is a TLA+ sequence (module RaftTraceLog, written by raftlog.py), a  *)
(* cursor i, and per line: the event's action (a received message is one  *)
(* in flight that matches the logged fields) and the node's logged local  *)
(* state. It says what examples/raft/raft.yaml says, by hand.             *)
(***************************************************************************)
EXTENDS RaftLog, RaftTraceLog, Naturals, Sequences, TLC

CONSTANTS s1, s2, s3

VARIABLE i

Srv == ("1" :> s1) @@ ("2" :> s2) @@ ("3" :> s3)
Vote == ("0" :> Nil) @@ Srv
Role == ("StateFollower" :> "Follower") @@ ("StateCandidate" :> "Candidate") @@ ("StateLeader" :> "Leader")
MType == ("MsgVote" :> "RequestVoteRequest") @@ ("MsgVoteResp" :> "RequestVoteResponse")
         @@ ("MsgApp" :> "AppendEntriesRequest") @@ ("MsgHeartbeat" :> "AppendEntriesRequest")
         @@ ("MsgAppResp" :> "AppendEntriesResponse") @@ ("MsgHeartbeatResp" :> "AppendEntriesResponse")

Local(e) ==
    LET n == Srv[e.node] IN
    /\ currentTerm'[n] = e.term
    /\ votedFor'[n] = Vote[e.vote]
    /\ state'[n] = Role[e.role]
    /\ commitIndex'[n] = e.commit
    /\ Len(log'[n]) = e.logLength

Received(e, m) ==
    /\ m.mtype = MType[e.msg.type]
    /\ m.msource = Srv[e.msg.from]
    /\ m.mterm = e.msg.term

Step(e) ==
    LET n == Srv[e.node] IN
    CASE e.event = "BecomeCandidate" -> Timeout(n)
      [] e.event = "BecomeLeader"    -> BecomeLeader(n)
      [] e.event = "ClientRequest"   -> \E v \in Value : ClientRequest(n, v)
      [] e.event = "Commit"          -> AdvanceCommitIndex(n)
      [] e.event = "Send" /\ e.msg.type = "MsgVote" -> RequestVote(n, Srv[e.msg.to])
      [] e.event = "Send" -> AppendEntries(n, Srv[e.msg.to], <<e.msg.index + 1, e.msg.index + 1 + e.msg.entries>>)
      [] e.event = "Receive" /\ e.msg.type = "MsgVote" ->
            \E m \in DOMAIN messages : Received(e, m) /\ HandleRequestVoteRequest(n, m)
      [] e.event = "Receive" /\ e.msg.type = "MsgVoteResp" ->
            \E m \in DOMAIN messages : Received(e, m) /\ m.mvoteGranted = ~e.msg.reject
                                       /\ HandleRequestVoteResponse(n, m)
      [] e.event = "Receive" /\ e.msg.type \in {"MsgApp", "MsgHeartbeat"} ->
            \E m \in DOMAIN messages : Received(e, m) /\ m.mprevLogIndex = e.msg.index
                                       /\ m.mcommitIndex = e.msg.commit /\ HandleAppendEntriesRequest(n, m)
      [] e.event = "Receive" ->
            \E m \in DOMAIN messages : Received(e, m) /\ m.mmatchIndex = e.msg.index
                                       /\ m.msuccess = ~e.msg.reject /\ HandleAppendEntriesResponse(n, m)
      [] OTHER -> FALSE

TraceInit == i = 0 /\ Init

TraceNext == /\ i < Len(Trace)
             /\ i' = i + 1
             /\ Step(Trace[i + 1])
             /\ Local(Trace[i + 1])

TraceNotDone == i < Len(Trace)
=============================================================================
