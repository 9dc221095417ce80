---- MODULE Comments ----
EXTENDS Naturals
\* a line comment
(* a block comment (* with a nested one *) still comment *)
A == 1 (* inline *) + 2 \* trailing
(***************************************************************************)
(* boxed                                                                   *)
(***************************************************************************)
B == "not (* a comment *) inside a string"
====
