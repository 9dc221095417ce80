---- MODULE ExtendsTwoDefinitionsUsed ----
EXTENDS A, B
Bar == Foo
====
