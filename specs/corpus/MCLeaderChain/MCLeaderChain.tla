--------------------------- MODULE MCLeaderChain ---------------------------
EXTENDS Election

MC_N == 3

Terminated == leader # None /\ UNCHANGED vars

MCNext == Next \/ Terminated
MCSpec == Init /\ [][MCNext]_vars
=============================================================================
