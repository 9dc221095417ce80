---- MODULE PrintThroughExtendsChain ----
EXTENDS ExtendsTlc

(* --algorithm Alg {
variables gv = 0;

{
  L1: print(gv);
}
} *)
====
