--------------------------------- MODULE SVG ---------------------------------
(***************************************************************************)
(* SVG drawings of states, for animations. An element is a record with its *)
(* name, attributes (a record of strings), children (a sequence of         *)
(* elements) and inner text. Written for Lockstep from the                 *)
(* CommunityModules documentation (same names, arities and meaning).       *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE TLC
LOCAL INSTANCE FiniteSets

SVGElem(_name, _attrs, _children, _innerText) ==
    [name |-> _name, attrs |-> _attrs, children |-> _children, innerText |-> _innerText]

(* The given attributes, overridden by the element's own (left wins). *)
LOCAL With(own, attrs) == own @@ attrs

Line(x1, y1, x2, y2, attrs) ==
    SVGElem("line", With("x1" :> ToString(x1) @@ "y1" :> ToString(y1) @@ "x2" :> ToString(x2)
                         @@ "y2" :> ToString(y2), attrs), <<>>, "")

Circle(cx, cy, r, attrs) ==
    SVGElem("circle", With("cx" :> ToString(cx) @@ "cy" :> ToString(cy) @@ "r" :> ToString(r), attrs), <<>>, "")

Rect(x, y, w, h, attrs) ==
    SVGElem("rect", With("x" :> ToString(x) @@ "y" :> ToString(y) @@ "width" :> ToString(w)
                         @@ "height" :> ToString(h), attrs), <<>>, "")

Text(x, y, text, attrs) ==
    SVGElem("text", With("x" :> ToString(x) @@ "y" :> ToString(y), attrs), <<>>, text)

Group(children, attrs) == SVGElem("g", attrs, children, "")

Svg(children, attrs) == SVGElem("svg", attrs, children, "")

(* The SVG text of an element and its children; attributes in the order   *)
(* TLC enumerates their names.                                             *)
RECURSIVE SVGElemToString(_)
SVGElemToString(elem) ==
    LET names == CHOOSE s \in [1..Cardinality(DOMAIN elem.attrs) -> DOMAIN elem.attrs] :
                     \A i, j \in DOMAIN s : i < j => s[i] # s[j]
        attrs == LET f[i \in 0..Len(names)] ==
                         IF i = 0 THEN ""
                         ELSE f[i - 1] \o " " \o names[i] \o "=\"" \o elem.attrs[names[i]] \o "\""
                 IN  f[Len(names)]
        kids == LET g[i \in 0..Len(elem.children)] ==
                        IF i = 0 THEN "" ELSE g[i - 1] \o SVGElemToString(elem.children[i])
                IN  g[Len(elem.children)]
    IN  "<" \o elem.name \o attrs \o ">" \o elem.innerText \o kids \o "</" \o elem.name \o ">"


==============================================================================
