---- MODULE ExtendsAndInstanceDiamond ----
EXTENDS A2
INSTANCE A3
====
