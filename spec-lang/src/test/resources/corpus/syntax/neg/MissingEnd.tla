---- MODULE MissingEnd ----
A == 1
