---- MODULE Tabs ----
VARIABLE x
A ==	/\ x = 1
	/\ x = 2
====
