---- MODULE ProcLocalInMainBodyP ----
EXTENDS Naturals, Sequences
(* --algorithm Jobs
variables total = 0;
procedure Work(size) variables done = 0; begin
  W1: total := total + size + done;
  W2: return;
end procedure;
begin
  M1: done := total + 1;
  M2: call Work(2);
end algorithm *)
====
