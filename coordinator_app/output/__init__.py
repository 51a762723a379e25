"""Everything printed or exported: the PDF engine, the documents, the summary writers. Qt-free."""
