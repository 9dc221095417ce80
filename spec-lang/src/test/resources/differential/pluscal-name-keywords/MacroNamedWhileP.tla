---- MODULE MacroNamedWhileP ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
macro while(v) begin v := v + 1; end macro;
begin
  Run: while(done < 3) do done := done + 1; end while;
end algorithm *)
====
