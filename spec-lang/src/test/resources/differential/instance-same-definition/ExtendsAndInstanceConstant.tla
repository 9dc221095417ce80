---- MODULE ExtendsAndInstanceConstant ----
EXTENDS HC
INSTANCE HC
====
