---- MODULE ProofDefinePrime ----
EXTENDS Naturals
CONSTANT c, S
VARIABLE x, y
vars == <<x, y>>
THEOREM TRUE
<1> DEFINE F == (x')'
<1>2. QED
  OBVIOUS
====
