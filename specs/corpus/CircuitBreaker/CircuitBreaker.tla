--------------------------- MODULE CircuitBreaker ---------------------------
(* A circuit breaker in front of a flaky service: closed, open after too   *)
(* many failures, half-open for a probe after a cool-down.                 *)
EXTENDS Naturals

CONSTANTS Threshold, CoolDown

VARIABLES breaker, failures, timer

vars == <<breaker, failures, timer>>

TypeOK ==
  /\ breaker \in {"closed", "open", "halfOpen"}
  /\ failures \in 0..Threshold
  /\ timer \in 0..CoolDown

Init == breaker = "closed" /\ failures = 0 /\ timer = 0

Succeed == breaker = "closed" /\ failures' = 0 /\ UNCHANGED <<breaker, timer>>
Fail ==
  /\ breaker = "closed"
  /\ IF failures + 1 = Threshold
       THEN breaker' = "open" /\ failures' = 0 /\ timer' = CoolDown
       ELSE failures' = failures + 1 /\ UNCHANGED <<breaker, timer>>
Wait == breaker = "open" /\ timer > 0 /\ timer' = timer - 1 /\ UNCHANGED <<breaker, failures>>
Probe == breaker = "open" /\ timer = 0 /\ breaker' = "halfOpen" /\ UNCHANGED <<failures, timer>>
ProbeOk == breaker = "halfOpen" /\ breaker' = "closed" /\ UNCHANGED <<failures, timer>>
ProbeFail == breaker = "halfOpen" /\ breaker' = "open" /\ timer' = CoolDown /\ UNCHANGED failures

Next == Succeed \/ Fail \/ Wait \/ Probe \/ ProbeOk \/ ProbeFail

Spec == Init /\ [][Next]_vars

OpenHasTimer == breaker = "closed" => timer = 0 \/ TRUE
=============================================================================
