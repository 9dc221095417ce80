---- MODULE Mutex ----
(* Two processes and a lock, in PlusCal: labels become actions with the parameter self. *)
EXTENDS Naturals
CONSTANT Procs

(* --algorithm Mutex
variables lock = "free", entered = 0;
process P \in Procs
begin
  Acquire:
    await lock = "free";
    lock := self;
  Work:
    either entered := entered + 1;
    or skip;
    end either;
  Release:
    lock := "free";
end process;
end algorithm; *)
\* BEGIN TRANSLATION (chksum(pcal) = "fd8e283b" /\ chksum(tla) = "176c6468")
VARIABLES lock, entered, pc

vars == << lock, entered, pc >>

ProcSet == (Procs)

Init == (* Global variables *)
        /\ lock = "free"
        /\ entered = 0
        /\ pc = [self \in ProcSet |-> "Acquire"]

Acquire(self) == /\ pc[self] = "Acquire"
                 /\ lock = "free"
                 /\ lock' = self
                 /\ pc' = [pc EXCEPT ![self] = "Work"]
                 /\ UNCHANGED entered

Work(self) == /\ pc[self] = "Work"
              /\ \/ /\ entered' = entered + 1
                 \/ /\ TRUE
                    /\ UNCHANGED entered
              /\ pc' = [pc EXCEPT ![self] = "Release"]
              /\ lock' = lock

Release(self) == /\ pc[self] = "Release"
                 /\ lock' = "free"
                 /\ pc' = [pc EXCEPT ![self] = "Done"]
                 /\ UNCHANGED entered

P(self) == Acquire(self) \/ Work(self) \/ Release(self)

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in Procs: P(self))
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION 
====
