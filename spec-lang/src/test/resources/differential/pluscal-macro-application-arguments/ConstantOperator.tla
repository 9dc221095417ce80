---- MODULE ConstantOperator ----
EXTENDS Naturals
CONSTANT G(_)
(* --algorithm Alg
variables x = 0;
macro M(m) begin x := m; end macro
begin
  A: M(G(1));
end algorithm *)
====
