---- MODULE ExtendsStandard ----
EXTENDS Naturals, Sequences, FiniteSets, TLC, Bags, Reals, RealTime, Randomization, Toolbox
====
