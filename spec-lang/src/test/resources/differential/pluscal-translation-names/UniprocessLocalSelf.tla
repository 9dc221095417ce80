---- MODULE UniprocessLocalSelf ----
EXTENDS Naturals, Sequences
(* --algorithm jobs
variables done = 0;
procedure work(n) variables self = 0; begin
  Add: done := done + n;
  return;
end procedure;
begin
  Call: call work(1);
end algorithm *)
====
