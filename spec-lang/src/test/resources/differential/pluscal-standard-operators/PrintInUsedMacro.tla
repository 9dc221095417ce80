---- MODULE PrintInUsedMacro ----
EXTENDS Naturals

(* --algorithm Alg {
variables gv = 0;
macro M(x) { print(x) }
{
  L1: M(1);
}
} *)
====
