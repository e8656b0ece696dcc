"""From raw source files to clauses: read, clean, structure, deadlines, actors, documents."""
