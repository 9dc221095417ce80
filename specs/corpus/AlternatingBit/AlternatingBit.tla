--------------------------- MODULE AlternatingBit ---------------------------
(* The alternating bit protocol over lossy FIFO channels of tuples.        *)
EXTENDS Naturals, Sequences

CONSTANTS Data, MaxQ

VARIABLES sBit, sVal, rBit, received, dataChan, ackChan

vars == <<sBit, sVal, rBit, received, dataChan, ackChan>>

TypeOK ==
  /\ sBit \in {0, 1} /\ rBit \in {0, 1}
  /\ sVal \in Data
  /\ received \in Seq(Data)
  /\ dataChan \in Seq({0, 1} \X Data)
  /\ ackChan \in Seq({0, 1})

Init ==
  /\ sBit = 0 /\ rBit = 0
  /\ sVal \in Data
  /\ received = <<>>
  /\ dataChan = <<>> /\ ackChan = <<>>

Send == Len(dataChan) < MaxQ /\ dataChan' = Append(dataChan, <<sBit, sVal>>)
        /\ UNCHANGED <<sBit, sVal, rBit, received, ackChan>>

Receive ==
  /\ dataChan # <<>>
  /\ LET m == Head(dataChan) IN
       /\ IF m[1] = rBit
            THEN /\ received' = IF Len(received) < 3 THEN Append(received, m[2]) ELSE received
                 /\ rBit' = 1 - rBit
            ELSE UNCHANGED <<received, rBit>>
       /\ dataChan' = Tail(dataChan)
  /\ UNCHANGED <<sBit, sVal, ackChan>>

SendAck == Len(ackChan) < MaxQ /\ ackChan' = Append(ackChan, 1 - rBit)
           /\ UNCHANGED <<sBit, sVal, rBit, received, dataChan>>

ReceiveAck ==
  /\ ackChan # <<>>
  /\ IF Head(ackChan) = sBit
       THEN /\ sBit' = 1 - sBit
            /\ \E d \in Data : sVal' = d
       ELSE UNCHANGED <<sBit, sVal>>
  /\ ackChan' = Tail(ackChan)
  /\ UNCHANGED <<rBit, received, dataChan>>

LoseData == dataChan # <<>> /\ dataChan' = Tail(dataChan) /\ UNCHANGED <<sBit, sVal, rBit, received, ackChan>>
LoseAck == ackChan # <<>> /\ ackChan' = Tail(ackChan) /\ UNCHANGED <<sBit, sVal, rBit, received, dataChan>>

Next == Send \/ Receive \/ SendAck \/ ReceiveAck \/ LoseData \/ LoseAck

Spec == Init /\ [][Next]_vars
=============================================================================
