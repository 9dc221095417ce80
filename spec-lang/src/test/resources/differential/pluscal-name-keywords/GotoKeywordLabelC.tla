---- MODULE GotoKeywordLabelC ----
EXTENDS Naturals
(* --algorithm jobs {
variables done = 0;
{ do: done := done + 1;
  Again: if (done < 3) goto do; }
} *)
====
