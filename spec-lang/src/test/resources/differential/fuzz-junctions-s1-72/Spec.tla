---- MODULE Spec ----
CONSTANTS S, p, q
A ==   /\ [i \in S |-> \/ (
 {
})]
====