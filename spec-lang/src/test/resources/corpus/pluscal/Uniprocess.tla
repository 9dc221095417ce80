---- MODULE Uniprocess ----
EXTENDS Naturals
(* --algorithm Uniprocess
variables x = 0;
begin
  a: x := 1;
  b: x := 2;
end algorithm *)
\* BEGIN TRANSLATION
VARIABLE x
\* END TRANSLATION
====
