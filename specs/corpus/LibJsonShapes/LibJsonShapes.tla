---------------------------- MODULE LibJsonShapes ----------------------------
(***************************************************************************)
(* An exporter writes one value of each shape a service emits as a JSON    *)
(* line, with a zero-padded sequence number read back with atoi and a log *)
(* prefix made with TLC's ToString. Uses Json, IOUtils and ToString, which  *)
(* TLC evaluates in Java (Lockstep's library overrides).                   *)
(***************************************************************************)
EXTENDS Integers, Sequences, Json, IOUtils, TLC

CONSTANTS Nodes

VARIABLES sent, line

vars == <<sent, line>>

Samples == <<
    [ok |-> TRUE, code |-> 200, path |-> "/v1/keys"],
    {3, 1, 2},
    <<"plain", "with \"quotes\"", "">>,
    [n \in Nodes |-> 0],
    [i \in 1..3 |-> i * 10],
    {<<1, "b">>, <<0, "a">>},
    [k \in {"zone", "app"} |-> {k}],
    <<>>,
    -42,
    [peers |-> Nodes, term |-> <<[idx |-> 1], [idx |-> 2]>>]
>>

Init == sent = 0 /\ line = [seq |-> "", json |-> "", text |-> "", back |-> 0]

Export ==
    /\ sent < Len(Samples)
    /\ sent' = sent + 1
    /\ line' = [seq  |-> zeroPadN(sent + 1, 4),
                json |-> ToJson(Samples[sent + 1]),
                text |-> ToString(<<sent + 1, "export", {sent}>>),
                back |-> atoi(zeroPadN(sent + 1, 4))]

\* the array and object forms of the first two samples, once
Summary ==
    /\ sent = Len(Samples)
    /\ line.seq # "summary"
    /\ line' = [seq  |-> "summary",
                json |-> ToJsonArray(Samples[2]) \o ToJsonObject(Samples[1]),
                text |-> ToJsonObject(<<>>),
                back |-> atoi(" 7 ")]
    /\ UNCHANGED sent

Next == Export \/ Summary

Spec == Init /\ [][Next]_vars

SeqReadsBack == sent > 0 /\ line.seq # "summary" => line.back = sent
==============================================================================
