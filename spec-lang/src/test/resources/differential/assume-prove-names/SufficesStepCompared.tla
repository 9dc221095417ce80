---- MODULE SufficesStepCompared ----
THEOREM U == TRUE
<1>1. SUFFICES ASSUME NEW x PROVE x = x
<1>2. <1>1 = <1>1
<1>3. QED
====
