---- MODULE DefParamModuleC ----
EXTENDS Naturals
Foo == 1
(* --algorithm Alg {
variables gv = 0;
define { F(Foo) == Foo }
{ A: gv := 1; }
} *)
====
