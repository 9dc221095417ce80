---- MODULE ExtendsClash ----
EXTENDS Clash
Bar == 1
====
