---- MODULE PlusCalTicketLock ----
(* A ticket lock in PlusCal: each process takes the next ticket and waits until it is served. *)
(* Processes range over a set of model values given by the config; MaxRounds bounds the run  *)
(* and comes in through a substitution (MaxRounds <- Rounds).                                *)
EXTENDS Naturals
CONSTANTS Procs, MaxRounds
Rounds == 2

(* --algorithm TicketLock
variables next = 0, serving = 0;

fair process p \in Procs
variables ticket = 0, rounds = 0;
begin
Loop:
  while rounds < MaxRounds do
Take:
    ticket := next;
    next := next + 1;
Wait:
    await serving = ticket;
Critical:
    skip;
Leave:
    serving := serving + 1;
    rounds := rounds + 1;
  end while;
end process;
end algorithm; *)
\* BEGIN TRANSLATION (chksum(pcal) = "cf6d5e89" /\ chksum(tla) = "e6ecd78e")
VARIABLES next, serving, pc, ticket, rounds

vars == << next, serving, pc, ticket, rounds >>

ProcSet == (Procs)

Init == (* Global variables *)
        /\ next = 0
        /\ serving = 0
        (* Process p *)
        /\ ticket = [self \in Procs |-> 0]
        /\ rounds = [self \in Procs |-> 0]
        /\ pc = [self \in ProcSet |-> "Loop"]

Loop(self) == /\ pc[self] = "Loop"
              /\ IF rounds[self] < MaxRounds
                    THEN /\ pc' = [pc EXCEPT ![self] = "Take"]
                    ELSE /\ pc' = [pc EXCEPT ![self] = "Done"]
              /\ UNCHANGED << next, serving, ticket, rounds >>

Take(self) == /\ pc[self] = "Take"
              /\ ticket' = [ticket EXCEPT ![self] = next]
              /\ next' = next + 1
              /\ pc' = [pc EXCEPT ![self] = "Wait"]
              /\ UNCHANGED << serving, rounds >>

Wait(self) == /\ pc[self] = "Wait"
              /\ serving = ticket[self]
              /\ pc' = [pc EXCEPT ![self] = "Critical"]
              /\ UNCHANGED << next, serving, ticket, rounds >>

Critical(self) == /\ pc[self] = "Critical"
                  /\ TRUE
                  /\ pc' = [pc EXCEPT ![self] = "Leave"]
                  /\ UNCHANGED << next, serving, ticket, rounds >>

Leave(self) == /\ pc[self] = "Leave"
               /\ serving' = serving + 1
               /\ rounds' = [rounds EXCEPT ![self] = rounds[self] + 1]
               /\ pc' = [pc EXCEPT ![self] = "Loop"]
               /\ UNCHANGED << next, ticket >>

p(self) == Loop(self) \/ Take(self) \/ Wait(self) \/ Critical(self)
              \/ Leave(self)

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in Procs: p(self))
           \/ Terminating

Spec == /\ Init /\ [][Next]_vars
        /\ \A self \in Procs : WF_vars(p(self))

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION 

MutualExclusion == \A a, b \in Procs : a /= b => ~(pc[a] = "Critical" /\ pc[b] = "Critical")
AllFinish == <>(\A q \in Procs : pc[q] = "Done")
====
