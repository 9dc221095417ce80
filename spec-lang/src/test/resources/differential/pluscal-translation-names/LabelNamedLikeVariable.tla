---- MODULE LabelNamedLikeVariable ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
begin
  done: done := 1;
end algorithm *)
====
