---- MODULE MacroNamedEndP ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
macro end(v) begin v := v + 1; end macro;
begin
  Run: end(done);
end algorithm *)
====
