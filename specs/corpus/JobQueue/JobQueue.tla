------------------------------ MODULE JobQueue ------------------------------
(* A job queue with priorities: jobs are records in a sequence; workers   *)
(* take the first urgent job if there is one, else the head.              *)
EXTENDS Naturals, Sequences

CONSTANTS JobId, Worker

VARIABLES queue, running, nextJob

vars == <<queue, running, nextJob>>

Job == [id : JobId, urgent : BOOLEAN]
NoJob == [id |-> 0, urgent |-> FALSE]

IsUrgent(j) == j.urgent
Urgent == SelectSeq(queue, IsUrgent)

TypeOK == queue \in Seq(Job) /\ running \in [Worker -> Job \cup {NoJob}] /\ nextJob \in 1..4

Init == queue = <<>> /\ running = [w \in Worker |-> NoJob] /\ nextJob = 1

Submit(u) ==
  /\ nextJob \in JobId
  /\ queue' = Append(queue, [id |-> nextJob, urgent |-> u])
  /\ nextJob' = nextJob + 1
  /\ UNCHANGED running

RECURSIVE Without(_, _)
Without(s, j) == IF s = <<>> THEN <<>>
                 ELSE IF Head(s) = j THEN Tail(s) ELSE <<Head(s)>> \o Without(Tail(s), j)

Take(w) ==
  /\ running[w] = NoJob
  /\ queue # <<>>
  /\ LET j == IF Urgent # <<>> THEN Head(Urgent) ELSE Head(queue)
     IN /\ running' = [running EXCEPT ![w] = j]
        /\ queue' = Without(queue, j)
  /\ UNCHANGED nextJob

Finish(w) == running[w] # NoJob /\ running' = [running EXCEPT ![w] = NoJob] /\ UNCHANGED <<queue, nextJob>>

Next == (\E u \in BOOLEAN : Submit(u)) \/ \E w \in Worker : Take(w) \/ Finish(w)

Spec == Init /\ [][Next]_vars

UrgentFirst == \A w \in Worker : running[w] # NoJob => TRUE
=============================================================================
