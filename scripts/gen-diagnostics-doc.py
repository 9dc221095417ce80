#!/usr/bin/env python3
"""Regenerates docs/diagnostics.md from DiagnosticCode.java's Javadoc (maintainer tool).

Run it after adding a diagnostic code; cli's DiagnosticsDocTest fails while a code is undocumented.
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
src = (root / "spec-lang/src/main/java/dev/lockstep/speclang/diag/DiagnosticCode.java").read_text()
body = src[src.index("public enum DiagnosticCode"):]
items = re.findall(r'/\*\*\s*(.*?)\s*\*/\s*(LS\d+)_\w+\("LS\d+"\)', body, re.S)
groups = {"0": "Input and files", "1": "Lexing and parsing", "2": "Names and resolution", "3": "PlusCal",
          "4": "Semantic checks reported by SANY", "5": "Model configuration", "6": "Model checking",
          "7": "Code generation", "8": "Log input (trace validation)", "9": "Trace conformance"}
out = ["# Diagnostic codes", "",
       "Every problem Lockstep reports in user input carries a stable code. Codes are never renumbered;",
       "tests assert codes, not wording. Terminal output shows the code in brackets after the message",
       "(`Spec.tla:12:7: error: unknown name 'Foo' [LS201]`); `--json` and the language server carry it",
       "as `code`. The source of truth is `spec-lang/src/main/java/dev/lockstep/speclang/diag/DiagnosticCode.java`;",
       "this page is generated from it by `scripts/gen-diagnostics-doc.py`, and a test checks that every",
       "code is listed here."]
current = None
for doc, code in items:
    group = code[2]
    if group != current:
        current = group
        out += ["", "## LS%sxx: %s" % (group, groups.get(group, "Other")), "", "| code | meaning |", "|---|---|"]
    text = re.sub(r"\s*\*\s*", " ", doc).strip()
    text = re.sub(r"\{@code ([^}]*)\}", r"`\1`", text)
    text = re.sub(r"\{@link ([^}]*)\}", r"`\1`", text)
    out.append("| %s | %s |" % (code, text.replace("|", "\\|")))
(root / "docs/diagnostics.md").write_text("\n".join(out) + "\n")
print("wrote docs/diagnostics.md with %d codes" % len(items))
