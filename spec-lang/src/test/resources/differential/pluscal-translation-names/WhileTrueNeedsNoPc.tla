---- MODULE WhileTrueNeedsNoPc ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
define pc == done
       Termination == done > 0
end define;
begin
  Loop: while TRUE do done := done + 1; end while;
end algorithm *)
====
