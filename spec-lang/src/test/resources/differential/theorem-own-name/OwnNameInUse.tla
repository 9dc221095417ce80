---- MODULE OwnNameInUse ----
CONSTANT S
PROPOSITION T == S = S
<1> USE T
<1> QED
====
