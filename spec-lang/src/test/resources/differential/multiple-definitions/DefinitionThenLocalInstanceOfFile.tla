---- MODULE DefinitionThenLocalInstanceOfFile ----
Foo == 1
LOCAL INSTANCE A
====
