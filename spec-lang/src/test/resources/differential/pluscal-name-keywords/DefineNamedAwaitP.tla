---- MODULE DefineNamedAwaitP ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
define await == done < 3
end define;
begin
  Step: if await then done := done + 1; end if;
end algorithm *)
====
