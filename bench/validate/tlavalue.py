"""TLA+ text of a log's JSON values (ITF's #set and #map included), for the hand-written baselines'
trace modules: the one printer raftlog.py and tracelog.py share."""
import json


def tla(v, model_values=(), skip=()):
    """v as TLA+: strings named in model_values bare (model values), the fields in skip left out of records."""
    def p(x):
        return tla(x, model_values, skip)
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return v if v in model_values else json.dumps(v)
    if isinstance(v, list):
        return "<<" + ", ".join(p(x) for x in v) + ">>"
    if "#set" in v:
        return "{" + ", ".join(p(x) for x in v["#set"]) + "}"
    if "#map" in v:
        return "(" + " @@ ".join(p(k) + " :> " + p(x) for k, x in v["#map"]) + ")"
    return "[" + ", ".join(k + " |-> " + p(x) for k, x in v.items() if k not in skip) + "]"
