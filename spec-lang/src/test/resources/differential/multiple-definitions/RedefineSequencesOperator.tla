---- MODULE RedefineSequencesOperator ----
EXTENDS Sequences
Head(s) == 1
====
