---- MODULE UseModuleNotExtended ----
USE MODULE Naturals
====
