---- MODULE ClosingAfterEquals ----
CONSTANTS r
A ==  \/ [r EXCEPT ![1= ]
      /\ TRUE
B == 1
====
