----------------------------- MODULE LeaseServiceUnfair -----------------------------
(***************************************************************************)
(* BUGGY lease service (refuted by TLC: liveness violation).               *)
(* Same as LeaseService, except that the server grants the lease to ANY    *)
(* queued client instead of the oldest one. Every step is still safe, but  *)
(* a client can starve: TLC finds a lasso in which one client keeps        *)
(* re-requesting and being served while another waits forever, although   *)
(* the server is weakly fair.                                              *)
(*                                                                         *)
(* Constants:                                                              *)
(*   Client         the clients (model values, e.g. {c1, c2}).             *)
(*   LeaseDuration  how many ticks a lease lasts.                          *)
(*   NoClient       a model value: nobody holds the lease.                 *)
(*                                                                         *)
(* Checked: TypeOK and MutualExclusion (both hold); NoStarvation --        *)
(* violated (TLC exit code 13).                                            *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Client, LeaseDuration, NoClient

ASSUME LeaseDuration \in Nat \ {0} /\ NoClient \notin Client

Time == 0..LeaseDuration

VARIABLES
    queue,    \* requests waiting at the server, oldest first
    owner,    \* the client the server last granted a lease to, or NoClient
    expiry,   \* ticks left on the server's current lease (0: expired)
    grants,   \* grant messages in flight: [to, ttl]
    lease     \* lease[c]: ticks left on client c's lease, as c sees it

vars == <<queue, owner, expiry, grants, lease>>

Grant == [to : Client, ttl : Time]

TypeOK ==
    /\ queue \in Seq(Client)
    /\ owner \in Client \cup {NoClient}
    /\ expiry \in Time
    /\ grants \in SUBSET Grant
    /\ lease \in [Client -> Time]

Init ==
    /\ queue = <<>>
    /\ owner = NoClient
    /\ expiry = 0
    /\ grants = {}
    /\ lease = [c \in Client |-> 0]

Queued(c) == \E i \in DOMAIN queue : queue[i] = c

Dec(t) == IF t > 0 THEN t - 1 ELSE 0

-----------------------------------------------------------------------------
(* Client c, holding no lease and expecting none, asks for one. *)
Request(c) ==
    /\ lease[c] = 0
    /\ ~Queued(c)
    /\ owner # c \/ expiry = 0
    /\ queue' = Append(queue, c)
    /\ UNCHANGED <<owner, expiry, grants, lease>>

(* BUG: the server grants a lease to any queued request, not the oldest. *)
RemoveAt(s, i) == [j \in 1..(Len(s) - 1) |-> IF j < i THEN s[j] ELSE s[j + 1]]

GrantLease ==
    /\ queue # <<>>
    /\ expiry = 0
    /\ \E i \in DOMAIN queue :
          /\ owner' = queue[i]
          /\ expiry' = LeaseDuration
          /\ grants' = grants \cup {[to |-> queue[i], ttl |-> LeaseDuration]}
          /\ queue' = RemoveAt(queue, i)
    /\ UNCHANGED lease

(* Client c receives a grant and starts its own countdown from the time   *)
(* left in the message (a grant that timed out in flight is just dropped). *)
ReceiveGrant(c) ==
    \E g \in grants :
        /\ g.to = c
        /\ lease' = [lease EXCEPT ![c] = g.ttl]
        /\ grants' = grants \ {g}
        /\ UNCHANGED <<queue, owner, expiry>>

(* One unit of logical time passes for everybody. *)
Tick ==
    /\ expiry' = Dec(expiry)
    /\ lease' = [c \in Client |-> Dec(lease[c])]
    /\ grants' = {[to |-> g.to, ttl |-> Dec(g.ttl)] : g \in grants}
    /\ UNCHANGED <<queue, owner>>

Next ==
    \/ \E c \in Client : Request(c)
    \/ GrantLease
    \/ \E c \in Client : ReceiveGrant(c)
    \/ Tick

Fairness ==
    /\ WF_vars(GrantLease)
    /\ \A c \in Client : WF_vars(ReceiveGrant(c))
    /\ WF_vars(Tick)

Spec == Init /\ [][Next]_vars /\ Fairness

-----------------------------------------------------------------------------
(* Properties *)

MutualExclusion == \A c, d \in Client : (lease[c] > 0 /\ lease[d] > 0) => c = d

ClientViewIsConservative ==
    \A c \in Client : lease[c] > 0 => (owner = c /\ lease[c] <= expiry)

NoStarvation == \A c \in Client : Queued(c) ~> (owner = c /\ expiry > 0)
=============================================================================
