---- MODULE TheoremTrueNoBody ----
THEOREM v TRUE ==
LOCAL INSTANCE Naturals
====
