---- MODULE EndDefineThenMacroP ----
EXTENDS Naturals
\* no ';' after end define: the macro that follows is still a macro
(* --algorithm Counter
variables count = 0;
define Limit == 4
end define
macro Bump(by) begin count := count + by end macro;
begin
  Step: Bump(1);
end algorithm *)
====
