---- MODULE ProcessNamedEndP ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
process end = 1
begin
  Run: done := done + 1;
end process;
end algorithm *)
====
