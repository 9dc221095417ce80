This text before the header is ignored, even "unbalanced quotes and (* comments.
---------------------------- MODULE TextAroundModule ----------------------------
EXTENDS Naturals
---------------------------------------------------------------------------------
VARIABLE x
-----
Init == x = 0
=================================================================================
Text after the end is ignored too: ==== MODULE ----
