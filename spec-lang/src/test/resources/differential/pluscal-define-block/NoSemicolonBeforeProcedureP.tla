---- MODULE NoSemicolonBeforeProcedureP ----
EXTENDS Naturals, Sequences
(* --algorithm Logger
variables sent = 0
procedure Send(n) begin
  S: sent := sent + n;
  return;
end procedure;
begin
  W: call Send(1);
end algorithm *)
====
