------------------------------- MODULE RpcRetry -------------------------------
(***************************************************************************)
(* Remote procedure calls with retries, in PlusCal (P-syntax). Each client *)
(* calls the procedure Call, which sends a request to some server and      *)
(* waits for the reply; if the request or the reply is lost (the client    *)
(* times out once nothing of its call is left in the network) it retries,  *)
(* possibly at another server, up to MaxAttempts times. Servers share a    *)
(* table of executed request ids, so a retried request is executed at most *)
(* once however many servers see it. A Network process may drop any        *)
(* message.                                                                *)
(*                                                                         *)
(* Constants:                                                              *)
(*   Client       the client processes (model values, e.g. {c1, c2}).      *)
(*   Server       the server processes (model values, e.g. {s1, s2}).      *)
(*   MaxAttempts  how many times a call sends its request at most.         *)
(*   Net          a model value: the identity of the Network process.      *)
(*                                                                         *)
(* Checked: TypeOK; AtMostOnce (no request executed twice); OkMeansDone    *)
(* (a client that got a reply had its request executed). Liveness (fair    *)
(* processes): every client's call eventually finishes, with "ok" or       *)
(* "failed".                                                               *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Client, Server, MaxAttempts, Net

ASSUME MaxAttempts \in Nat \ {0} /\ Net \notin Client \cup Server

(* --algorithm RpcRetry
variables
    net = {},                           \* messages in flight
    executed = [c \in Client |-> 0],    \* times c's request was executed
    done = {},                          \* request ids the servers executed
    result = [c \in Client |-> "none"]; \* outcome of each client's call

define
    Request == [type : {"req"}, id : Client, to : Server]
    Reply   == [type : {"rep"}, id : Client]
    Busy(id) == \E m \in net : m.id = id
    Finished == \A c \in Client : result[c] # "none"
end define;

procedure Call(req)
variables attempt = 0;
begin
Send:
    while attempt < MaxAttempts do
        with s \in Server do
            net := net \cup {[type |-> "req", id |-> req, to |-> s]};
        end with;
        attempt := attempt + 1;
Wait:
        either
            \* the reply arrived
            await [type |-> "rep", id |-> req] \in net;
            net := net \ {[type |-> "rep", id |-> req]};
            result[self] := "ok";
            return;
        or
            \* timeout: the request or its reply was lost
            await ~Busy(req);
        end either;
    end while;
GiveUp:
    result[self] := "failed";
    return;
end procedure;

fair process Cli \in Client
begin
Start:
    call Call(self);
end process;

fair process Srv \in Server
begin
Serve:
    while ~Finished do
        with m \in {m \in net : m.type = "req" /\ m.to = self} do
            net := (net \ {m}) \cup {[type |-> "rep", id |-> m.id]};
            if m.id \notin done then
                executed[m.id] := executed[m.id] + 1;
                done := done \cup {m.id};
            end if;
        end with;
    end while;
end process;

process Network = Net
begin
Drop:
    while ~Finished do
        with m \in net do
            net := net \ {m};
        end with;
    end while;
end process;

end algorithm; *)
\* BEGIN TRANSLATION (chksum(pcal) = "5c2b5c00" /\ chksum(tla) = "76e98293")
CONSTANT defaultInitValue
VARIABLES net, executed, done, result, pc, stack

(* define statement *)
Request == [type : {"req"}, id : Client, to : Server]
Reply   == [type : {"rep"}, id : Client]
Busy(id) == \E m \in net : m.id = id
Finished == \A c \in Client : result[c] # "none"

VARIABLES req, attempt

vars == << net, executed, done, result, pc, stack, req, attempt >>

ProcSet == (Client) \cup (Server) \cup {Net}

Init == (* Global variables *)
        /\ net = {}
        /\ executed = [c \in Client |-> 0]
        /\ done = {}
        /\ result = [c \in Client |-> "none"]
        (* Procedure Call *)
        /\ req = [ self \in ProcSet |-> defaultInitValue]
        /\ attempt = [ self \in ProcSet |-> 0]
        /\ stack = [self \in ProcSet |-> << >>]
        /\ pc = [self \in ProcSet |-> CASE self \in Client -> "Start"
                                        [] self \in Server -> "Serve"
                                        [] self = Net -> "Drop"]

Send(self) == /\ pc[self] = "Send"
              /\ IF attempt[self] < MaxAttempts
                    THEN /\ \E s \in Server:
                              net' = (net \cup {[type |-> "req", id |-> req[self], to |-> s]})
                         /\ attempt' = [attempt EXCEPT ![self] = attempt[self] + 1]
                         /\ pc' = [pc EXCEPT ![self] = "Wait"]
                    ELSE /\ pc' = [pc EXCEPT ![self] = "GiveUp"]
                         /\ UNCHANGED << net, attempt >>
              /\ UNCHANGED << executed, done, result, stack, req >>

Wait(self) == /\ pc[self] = "Wait"
              /\ \/ /\ [type |-> "rep", id |-> req[self]] \in net
                    /\ net' = net \ {[type |-> "rep", id |-> req[self]]}
                    /\ result' = [result EXCEPT ![self] = "ok"]
                    /\ pc' = [pc EXCEPT ![self] = Head(stack[self]).pc]
                    /\ attempt' = [attempt EXCEPT ![self] = Head(stack[self]).attempt]
                    /\ req' = [req EXCEPT ![self] = Head(stack[self]).req]
                    /\ stack' = [stack EXCEPT ![self] = Tail(stack[self])]
                 \/ /\ ~Busy(req[self])
                    /\ pc' = [pc EXCEPT ![self] = "Send"]
                    /\ UNCHANGED <<net, result, stack, req, attempt>>
              /\ UNCHANGED << executed, done >>

GiveUp(self) == /\ pc[self] = "GiveUp"
                /\ result' = [result EXCEPT ![self] = "failed"]
                /\ pc' = [pc EXCEPT ![self] = Head(stack[self]).pc]
                /\ attempt' = [attempt EXCEPT ![self] = Head(stack[self]).attempt]
                /\ req' = [req EXCEPT ![self] = Head(stack[self]).req]
                /\ stack' = [stack EXCEPT ![self] = Tail(stack[self])]
                /\ UNCHANGED << net, executed, done >>

Call(self) == Send(self) \/ Wait(self) \/ GiveUp(self)

Start(self) == /\ pc[self] = "Start"
               /\ /\ req' = [req EXCEPT ![self] = self]
                  /\ stack' = [stack EXCEPT ![self] = << [ procedure |->  "Call",
                                                           pc        |->  "Done",
                                                           attempt   |->  attempt[self],
                                                           req       |->  req[self] ] >>
                                                       \o stack[self]]
               /\ attempt' = [attempt EXCEPT ![self] = 0]
               /\ pc' = [pc EXCEPT ![self] = "Send"]
               /\ UNCHANGED << net, executed, done, result >>

Cli(self) == Start(self)

Serve(self) == /\ pc[self] = "Serve"
               /\ IF ~Finished
                     THEN /\ \E m \in {m \in net : m.type = "req" /\ m.to = self}:
                               /\ net' = ((net \ {m}) \cup {[type |-> "rep", id |-> m.id]})
                               /\ IF m.id \notin done
                                     THEN /\ executed' = [executed EXCEPT ![m.id] = executed[m.id] + 1]
                                          /\ done' = (done \cup {m.id})
                                     ELSE /\ TRUE
                                          /\ UNCHANGED << executed, done >>
                          /\ pc' = [pc EXCEPT ![self] = "Serve"]
                     ELSE /\ pc' = [pc EXCEPT ![self] = "Done"]
                          /\ UNCHANGED << net, executed, done >>
               /\ UNCHANGED << result, stack, req, attempt >>

Srv(self) == Serve(self)

Drop == /\ pc[Net] = "Drop"
        /\ IF ~Finished
              THEN /\ \E m \in net:
                        net' = net \ {m}
                   /\ pc' = [pc EXCEPT ![Net] = "Drop"]
              ELSE /\ pc' = [pc EXCEPT ![Net] = "Done"]
                   /\ net' = net
        /\ UNCHANGED << executed, done, result, stack, req, attempt >>

Network == Drop

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == Network
           \/ (\E self \in ProcSet: Call(self))
           \/ (\E self \in Client: Cli(self))
           \/ (\E self \in Server: Srv(self))
           \/ Terminating

Spec == /\ Init /\ [][Next]_vars
        /\ \A self \in Client : WF_vars(Cli(self)) /\ WF_vars(Call(self))
        /\ \A self \in Server : WF_vars(Srv(self))

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION 

-----------------------------------------------------------------------------
(* Properties (outside the translation, so re-translating keeps them) *)

TypeOK ==
    /\ net \in SUBSET (Request \cup Reply)
    /\ executed \in [Client -> Nat]
    /\ done \in SUBSET Client
    /\ result \in [Client -> {"none", "ok", "failed"}]
    /\ pc \in [ProcSet -> {"Start", "Send", "Wait", "GiveUp", "Serve", "Drop", "Done"}]
    /\ req \in [ProcSet -> Client \cup {defaultInitValue}]
    /\ attempt \in [ProcSet -> 0..MaxAttempts]
    /\ stack \in [ProcSet -> Seq([procedure : {"Call"}, pc : {"Done"},
                                   attempt : 0..MaxAttempts,
                                   req : Client \cup {defaultInitValue}])]

AtMostOnce == \A c \in Client : executed[c] <= 1

OkMeansDone == \A c \in Client : result[c] = "ok" => executed[c] = 1

\* The Network process is not fair (it need not drop anything), so the
\* translator's Termination may fail for it; clients and servers finish.
ClientsFinish == <>(\A c \in Client \cup Server : pc[c] = "Done")

=============================================================================
