---- MODULE Hashes ----
(* A hashing library as real specs write it: the "no hash" value is CHOOSEn outside the set of *)
(* hashes, which TLC cannot evaluate (an unbounded CHOOSE). Models override it from the config  *)
(* with a model value scoped to this module: NoHash = [Hashes] NoHashVal.                      *)
CONSTANT Hash
NoHash == CHOOSE h : h \notin Hash
MaxChain == 100
====
