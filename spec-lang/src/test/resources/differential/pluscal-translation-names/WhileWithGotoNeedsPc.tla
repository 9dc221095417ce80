---- MODULE WhileWithGotoNeedsPc ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
define pc == done
end define;
begin
  Loop: while done < 3 do done := done + 1; end while;
end algorithm *)
====
