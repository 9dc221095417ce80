---- MODULE KeywordVariableInPEither ----
EXTENDS Naturals
(* --algorithm Branch
variables or = 0;
begin
  Choose: either or := 1; or or := 2; end either;
end algorithm *)
====
