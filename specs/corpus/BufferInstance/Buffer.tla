------------------------------ MODULE Buffer ------------------------------
(* A bounded FIFO buffer over an abstract message set.                    *)
EXTENDS Naturals, Sequences

CONSTANTS Msg, Cap
VARIABLE buf

BufInit == buf = <<>>
Put(m) == Len(buf) < Cap /\ buf' = Append(buf, m)
Get == buf # <<>> /\ buf' = Tail(buf)
BufTypeOK == buf \in Seq(Msg) /\ Len(buf) <= Cap
=============================================================================
