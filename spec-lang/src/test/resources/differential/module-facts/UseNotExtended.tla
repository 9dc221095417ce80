---- MODULE UseNotExtended ----
USE MODULE Sequences
====
