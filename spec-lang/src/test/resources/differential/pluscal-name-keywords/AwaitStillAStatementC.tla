---- MODULE AwaitStillAStatementC ----
EXTENDS Naturals
(* --algorithm jobs {
variables when = 0;
{ Step: await when = 0; when := 1; }
} *)
====
