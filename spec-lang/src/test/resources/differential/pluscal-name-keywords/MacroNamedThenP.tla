---- MODULE MacroNamedThenP ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
macro then(v) begin v := v + 1; end macro;
begin
  Run: then(done);
end algorithm *)
====
