---- MODULE KeywordAfterDefineStillStartsC ----
EXTENDS Naturals
(* --algorithm Counter {
variables count = 0;
define { Limit == 4 }
macro Bump(by) { count := count + by }
{
  Step: Bump(1);
}
} *)
====
