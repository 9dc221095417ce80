---- MODULE ExtendedDefinitionDeclaredConstant ----
EXTENDS A
CONSTANT Foo
====
