---- MODULE GotoKeywordLabelP ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
begin
  begin: done := done + 1;
  Again: if done < 3 then goto begin; end if;
end algorithm *)
====
