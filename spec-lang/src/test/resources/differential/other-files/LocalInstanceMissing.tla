---- MODULE LocalInstanceMissing ----
LOCAL INSTANCE Nope
A == 1
====
