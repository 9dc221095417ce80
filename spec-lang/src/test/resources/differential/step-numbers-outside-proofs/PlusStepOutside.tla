---- MODULE PlusStepOutside ----
CONSTANT S
USE <+>1
====
