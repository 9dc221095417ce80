---- MODULE DefTrueP ----
EXTENDS Naturals
(* --algorithm Alg
variables gv = 0;
define TRUE == gv
end define;
begin
  A: gv := 1;
end algorithm *)
====
