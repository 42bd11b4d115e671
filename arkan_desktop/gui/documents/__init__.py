"""Opening documents from every list: one window per document, drafts to correct, the rest
read-only with their actions; and the words for why a document cannot be corrected."""
