---- MODULE MacroAssignsParameterGivenVariable ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
macro bump(v) begin v := v + 1; end macro;
begin
  Take: bump(done);
end algorithm *)
====
