---- MODULE DefinitionApplication ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
define F(a) == a + 1 end define
macro M(m) begin x := m + 1; end macro
begin
  A: M(F(x));
end algorithm *)
====
