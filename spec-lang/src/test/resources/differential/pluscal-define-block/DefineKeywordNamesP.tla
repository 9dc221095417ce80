---- MODULE DefineKeywordNamesP ----
EXTENDS Naturals
(* --algorithm Queue
variables depth = 0;
define
  algorithm == depth + 1
  macro(n) == n > algorithm
end define;
begin
  Enq: await ~macro(2);
       depth := algorithm;
end algorithm *)
====
