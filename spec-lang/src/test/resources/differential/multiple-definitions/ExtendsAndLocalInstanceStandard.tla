---- MODULE ExtendsAndLocalInstanceStandard ----
EXTENDS Naturals
LOCAL INSTANCE Naturals
====
