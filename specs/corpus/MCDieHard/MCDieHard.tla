----------------------------- MODULE MCDieHard -----------------------------
EXTENDS DieHard

CONSTANTS small, big

MCJug == {small, big}

MCCapacity == (small :> 3) @@ (big :> 5)
=============================================================================
