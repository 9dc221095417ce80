---- MODULE NoSemicolonBeforeMacroP ----
EXTENDS Naturals
\* macro ends no expression: the initial value runs on into the macro
(* --algorithm Logger
variables sent = 0
macro Send(n) begin sent := sent + n end macro;
begin
  W: Send(1);
end algorithm *)
====
