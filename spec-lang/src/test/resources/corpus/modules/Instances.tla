---- MODULE Instances ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT N
VARIABLE x
---- MODULE Counter ----
EXTENDS Naturals
CONSTANT Max
VARIABLE v
CInit == v = 0
CNext == v < Max /\ v' = v + 1
====
C == INSTANCE Counter WITH Max <- N, v <- x
P(m) == INSTANCE Counter WITH Max <- m, v <- x
LOCAL L == INSTANCE Counter WITH Max <- 1, v <- x
Init == C!CInit
Next == P(N)!CNext \/ L!CNext
====
