---- MODULE PSyntaxError ----
EXTENDS Naturals
(* --algorithm PSyntaxError
variables x = 0;
begin
  a: x := ;
end algorithm *)
====
