---- MODULE WithShadowsDefineC ----
EXTENDS Naturals, Sequences
(* --algorithm WithShadowsDefineC {
variables r = 0;
define { Two == 2 }
{
  Step:
    with (Two \in {1}) { r := Two; }
}
} *)
====
