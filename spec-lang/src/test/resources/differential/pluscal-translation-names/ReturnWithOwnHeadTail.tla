---- MODULE ReturnWithOwnHeadTail ----
EXTENDS Naturals
Head(s) == s[1]
Tail(s) == [i \in {n \in Nat : n + 1 \in DOMAIN s} |-> s[i + 1]]
s \o t == [i \in 1..0 |-> s[i]]
(* --algorithm jobs
variables done = 0;
procedure work() begin
  Add: done := done + 1;
  return;
end procedure;
begin
  Call: call work();
end algorithm *)
====
