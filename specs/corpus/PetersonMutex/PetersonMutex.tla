--------------------------- MODULE PetersonMutex ---------------------------
(* Peterson's mutual exclusion for two processes, written in PlusCal.      *)
EXTENDS Naturals

Other(p) == 1 - p

(* --algorithm Peterson
variables flag = [p \in {0, 1} |-> FALSE], turn = 0;

process Proc \in {0, 1}
begin
  ncs: while TRUE do
  enter: flag[self] := TRUE;
  yield: turn := Other(self);
  wait: await ~flag[Other(self)] \/ turn = self;
  cs: skip;
  leave: flag[self] := FALSE;
  end while;
end process;
end algorithm *)
\* BEGIN TRANSLATION
VARIABLES flag, turn, pc

vars == << flag, turn, pc >>

ProcSet == ({0, 1})

Init == (* Global variables *)
        /\ flag = [p \in {0, 1} |-> FALSE]
        /\ turn = 0
        /\ pc = [self \in ProcSet |-> "ncs"]

ncs(self) == /\ pc[self] = "ncs"
             /\ pc' = [pc EXCEPT ![self] = "enter"]
             /\ UNCHANGED << flag, turn >>

enter(self) == /\ pc[self] = "enter"
               /\ flag' = [flag EXCEPT ![self] = TRUE]
               /\ pc' = [pc EXCEPT ![self] = "yield"]
               /\ turn' = turn

yield(self) == /\ pc[self] = "yield"
               /\ turn' = Other(self)
               /\ pc' = [pc EXCEPT ![self] = "wait"]
               /\ flag' = flag

wait(self) == /\ pc[self] = "wait"
              /\ ~flag[Other(self)] \/ turn = self
              /\ pc' = [pc EXCEPT ![self] = "cs"]
              /\ UNCHANGED << flag, turn >>

cs(self) == /\ pc[self] = "cs"
            /\ TRUE
            /\ pc' = [pc EXCEPT ![self] = "leave"]
            /\ UNCHANGED << flag, turn >>

leave(self) == /\ pc[self] = "leave"
               /\ flag' = [flag EXCEPT ![self] = FALSE]
               /\ pc' = [pc EXCEPT ![self] = "ncs"]
               /\ turn' = turn

Proc(self) == ncs(self) \/ enter(self) \/ yield(self) \/ wait(self)
                 \/ cs(self) \/ leave(self)

Next == (\E self \in {0, 1}: Proc(self))

Spec == Init /\ [][Next]_vars

\* END TRANSLATION

MutualExclusion == ~(pc[0] = "cs" /\ pc[1] = "cs")
=============================================================================
