---- MODULE ExtendsBroken ----
EXTENDS Broken
B == 2
====
