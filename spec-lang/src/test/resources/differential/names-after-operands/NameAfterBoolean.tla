---- MODULE NameAfterBoolean ----
CONSTANTS b
Yes == TRUE b
====
