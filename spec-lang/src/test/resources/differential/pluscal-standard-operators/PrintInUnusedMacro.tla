---- MODULE PrintInUnusedMacro ----
EXTENDS Naturals

(* --algorithm Alg {
variables gv = 0;
macro M(x) { print(x) }
{
  L1: gv := 1;
}
} *)
====
