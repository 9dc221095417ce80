---- MODULE ViewRetries ----
(* A client retries a request until it is acknowledged; attempts counts the retries and is only *)
(* bookkeeping. The config's VIEW leaves it out, so states that differ only in attempts count   *)
(* as one and the model stays finite without a constraint.                                     *)
EXTENDS Naturals
VARIABLES status, attempts
Init == status = "idle" /\ attempts = 0
Send == status \in {"idle", "lost"} /\ status' = "sent" /\ attempts' = attempts + 1
Lose == status = "sent" /\ status' = "lost" /\ UNCHANGED attempts
Ack == status = "sent" /\ status' = "acked" /\ UNCHANGED attempts
Reset == status = "acked" /\ status' = "idle" /\ attempts' = 0
Next == Send \/ Lose \/ Ack \/ Reset
Abstract == status
TypeOK == status \in {"idle", "sent", "lost", "acked"}
====
