package dev.lockstep.lsp;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/** {@code textDocument/hover}: the definition of the name under the cursor, as {@link HoverText} writes it. */
final class HoverHandler {
    private final OpenDocuments docs;
    private final DefinitionHandler definitions;

    HoverHandler(OpenDocuments docs, DefinitionHandler definitions) {
        this.docs = docs;
        this.definitions = definitions;
    }

    /** The hover, or null when the position names nothing. */
    Hover hover(HoverParams params) {
        return definitions.definitionAt(params.getTextDocument().getUri(), params.getPosition())
                .map(d -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, HoverText.markdown(d, docs.textOf(d.range().file()))), null))
                .orElse(null);
    }
}
