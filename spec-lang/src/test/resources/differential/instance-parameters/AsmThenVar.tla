---- MODULE AsmThenVar ----
VARIABLE Foo
Bar == INSTANCE HAsm
Bar == INSTANCE HVar
====
