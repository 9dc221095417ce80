----------------------------- MODULE LibTelemetry -----------------------------
(***************************************************************************)
(* A metrics agent batches counter readings and ships each batch as JSON;  *)
(* request ids are zero-padded decimal strings; a dashboard draws the       *)
(* counters as SVG bars. The invariants check the encodings TLC computes   *)
(* with Json, IOUtils, SVG and TLCExt (Lockstep's Java overrides); CSV      *)
(* reads a report file that does not exist yet.                             *)
(***************************************************************************)
EXTENDS Naturals, Sequences, Json, IOUtils, SVG, TLCExt, CSV

CONSTANTS Metrics, BatchSize, MaxShipped

VARIABLES counters, batch, shipped

vars == <<counters, batch, shipped>>

ASSUME CSVRecords("/nonexistent/lockstep-corpus-report.csv") = 0

Init == counters = [m \in Metrics |-> 0] /\ batch = <<>> /\ shipped = <<>>

Record(m) ==
    /\ Len(batch) < BatchSize
    /\ counters' = [counters EXCEPT ![m] = @ + 1]
    /\ batch' = Append(batch, [metric |-> m, value |-> counters[m] + 1])
    /\ UNCHANGED shipped

Ship ==
    /\ batch # <<>>
    /\ Len(shipped) < MaxShipped
    /\ shipped' = Append(shipped, [id |-> zeroPadN(Len(shipped) + 1, 4), body |-> ToJson(batch)])
    /\ batch' = <<>>
    /\ UNCHANGED counters

Next == Ship \/ \E m \in Metrics : Record(m)

Spec == Init /\ [][Next]_vars

\* shipped bodies are JSON arrays of objects; ids count up from 0001
WellFormed == \A i \in 1..Len(shipped) :
                  /\ atoi(shipped[i].id) = i
                  /\ SubSeq(shipped[i].body, 1, 2) = "[{"
Bars == Svg(<<Rect(0, 0, counters["cpu"], 10, [fill |-> "blue"])>>, <<>>)
DrawsBars == AssertEq(SubSeq(SVGElemToString(Bars), 1, 10), "<svg><rect")
EmptyBatchJson == batch = <<>> => ToJson(batch) = "[]"
==============================================================================
