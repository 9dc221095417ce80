--------------------------- MODULE ReadersWriters ---------------------------
(* Many readers or one writer; actors wait in a queue (a sequence) and are *)
(* admitted in order.                                                      *)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANT Actor

VARIABLES readers, writers, waiting

vars == <<readers, writers, waiting>>

Kinds == {"read", "write"}

TypeOK ==
  /\ readers \subseteq Actor
  /\ writers \subseteq Actor
  /\ waiting \in Seq(Actor \X Kinds)

Init == readers = {} /\ writers = {} /\ waiting = <<>>

Busy(a) == a \in readers \/ a \in writers \/ \E i \in 1..Len(waiting) : waiting[i][1] = a

TryRead(a) == ~Busy(a) /\ Len(waiting) < 2 /\ waiting' = Append(waiting, <<a, "read">>) /\ UNCHANGED <<readers, writers>>
TryWrite(a) == ~Busy(a) /\ Len(waiting) < 2 /\ waiting' = Append(waiting, <<a, "write">>) /\ UNCHANGED <<readers, writers>>

AdmitRead ==
  /\ waiting # <<>>
  /\ Head(waiting)[2] = "read"
  /\ writers = {}
  /\ readers' = readers \cup {Head(waiting)[1]}
  /\ waiting' = Tail(waiting)
  /\ UNCHANGED writers

AdmitWrite ==
  /\ waiting # <<>>
  /\ Head(waiting)[2] = "write"
  /\ readers = {} /\ writers = {}
  /\ writers' = {Head(waiting)[1]}
  /\ waiting' = Tail(waiting)
  /\ UNCHANGED readers

Leave(a) ==
  /\ a \in readers \cup writers
  /\ readers' = readers \ {a}
  /\ writers' = writers \ {a}
  /\ UNCHANGED waiting

Next == \/ \E a \in Actor : TryRead(a) \/ TryWrite(a) \/ Leave(a)
        \/ AdmitRead \/ AdmitWrite

Spec == Init /\ [][Next]_vars

Exclusion == writers # {} => readers = {} /\ Cardinality(writers) = 1
=============================================================================
