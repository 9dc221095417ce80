---- MODULE JuncLineCommentDef ----
A == /\ 1 B \* c
 == 2
====
