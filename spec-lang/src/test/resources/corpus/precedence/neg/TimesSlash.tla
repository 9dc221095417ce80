---- MODULE TimesSlash ----
EXTENDS Reals
A == 1 * 2 / 3
====
