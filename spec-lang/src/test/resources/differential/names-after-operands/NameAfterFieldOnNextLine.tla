---- MODULE NameAfterFieldOnNextLine ----
CONSTANTS r
Field == r.x
   r
Next == 1
====
