---- MODULE NestedTerminalUnknownStep ----
CONSTANT S
THEOREM T == TRUE
<1>1. QED
  <2>1. QED BY <3>1
====
