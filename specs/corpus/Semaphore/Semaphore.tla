----------------------------- MODULE Semaphore -----------------------------
(* A counting semaphore guarding a pool of connections, in PlusCal.       *)
EXTENDS Naturals

CONSTANTS Client, Permits

(* --algorithm Pool
variables available = Permits, using = {};

process C \in Client
begin
  loop: while TRUE do
    acquire: await available > 0;
             available := available - 1;
             using := using \cup {self};
    work: skip;
    release: available := available + 1;
             using := using \ {self};
  end while;
end process;
end algorithm *)
\* BEGIN TRANSLATION
VARIABLES available, using, pc

vars == << available, using, pc >>

ProcSet == (Client)

Init == (* Global variables *)
        /\ available = Permits
        /\ using = {}
        /\ pc = [self \in ProcSet |-> "loop"]

loop(self) == /\ pc[self] = "loop"
              /\ pc' = [pc EXCEPT ![self] = "acquire"]
              /\ UNCHANGED << available, using >>

acquire(self) == /\ pc[self] = "acquire"
                 /\ available > 0
                 /\ available' = available - 1
                 /\ using' = (using \cup {self})
                 /\ pc' = [pc EXCEPT ![self] = "work"]

work(self) == /\ pc[self] = "work"
              /\ TRUE
              /\ pc' = [pc EXCEPT ![self] = "release"]
              /\ UNCHANGED << available, using >>

release(self) == /\ pc[self] = "release"
                 /\ available' = available + 1
                 /\ using' = using \ {self}
                 /\ pc' = [pc EXCEPT ![self] = "loop"]

C(self) == loop(self) \/ acquire(self) \/ work(self) \/ release(self)

Next == (\E self \in Client: C(self))

Spec == Init /\ [][Next]_vars

\* END TRANSLATION

Bounded == available >= 0 /\ available <= Permits
=============================================================================
