---- MODULE MacroNamedIf ----
EXTENDS Naturals
(* --algorithm Guarded
variables count = 0;
macro IF(limit) begin
  if count < limit then count := count + 1; end if;
end macro;
begin
  Tick: IF(3);
  Tock: IF(5);
end algorithm *)
====
