---- MODULE Instances ----
LOCAL INSTANCE Naturals
INSTANCE Sequences
I == INSTANCE FiniteSets
A == 1
INSTANCE TLC
THEOREM T == TRUE
<1> INSTANCE Naturals
<1> QED
====
