---- MODULE CallUnknown ----
EXTENDS Naturals
(* --algorithm CallUnknown
begin
  a: call Nope();
  b: skip;
end algorithm *)
====
