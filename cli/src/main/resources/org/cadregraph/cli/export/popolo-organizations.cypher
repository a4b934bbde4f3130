// Popolo organizations: organizations and Party cells, each with its parent (the containing
// organization; a cell's work unit) and the articles that name it.
MATCH (o) WHERE o:Organization OR o:Cell
RETURN o.key AS key, o.name AS name, o.full_name AS fullName, o:Cell AS cell,
       [(o)-[:PART_OF|CELL_OF]->(parent:Organization) | parent.key] AS parents,
       [(o)-[:STATED_IN]->(a:Article) | a {.id, .date, .title, .agency, .source_url}] AS sources
ORDER BY key
