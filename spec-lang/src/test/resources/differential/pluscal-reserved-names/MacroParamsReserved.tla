---- MODULE MacroParamsReserved ----
EXTENDS Naturals
(* --algorithm Store {
variables slot = 0, log = 0;
macro Put(OTHER, CASE) { slot := OTHER; log := log + CASE; }
{
  Write: Put(1, 2);
  Again: Put(slot + 1, 1);
}
} *)
====
