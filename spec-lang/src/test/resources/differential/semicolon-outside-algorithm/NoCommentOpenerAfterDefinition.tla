---- MODULE NoCommentOpenerAfterDefinition ----
EXTENDS Naturals
Limit == 3
--algorithm Counter {
variables count = 0;
{ Step: count := count + 1; }
} *)
====
