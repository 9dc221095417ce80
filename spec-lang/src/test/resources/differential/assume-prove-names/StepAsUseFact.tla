---- MODULE StepAsUseFact ----
THEOREM U == TRUE
<1>1. ASSUME NEW x PROVE x = x
<1>2. USE <1>1
<1>3. QED BY <1>1
====
