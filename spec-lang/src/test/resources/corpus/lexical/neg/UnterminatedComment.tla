---- MODULE UnterminatedComment ----
A == 1
(* no end (* nested *)
B == 2
====
