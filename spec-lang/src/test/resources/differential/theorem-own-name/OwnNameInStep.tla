---- MODULE OwnNameInStep ----
VARIABLE v
COROLLARY T0 == v = v
<1> TRUE BY T0
<1> QED
====
