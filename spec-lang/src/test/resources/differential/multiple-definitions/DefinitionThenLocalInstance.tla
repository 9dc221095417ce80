---- MODULE DefinitionThenLocalInstance ----
Foo == 1
LOCAL INSTANCE A
====
