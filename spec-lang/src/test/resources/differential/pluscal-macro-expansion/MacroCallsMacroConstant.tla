---- MODULE MacroCallsMacroConstant ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro A(p) begin p := 1; end macro;
macro B(q) begin A(q); end macro;
begin
L: B(N);
end algorithm; *)
====
