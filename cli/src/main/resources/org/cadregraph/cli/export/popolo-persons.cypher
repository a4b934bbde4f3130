// Popolo persons: every person with the spellings seen and the articles that name them.
MATCH (p:Person)
RETURN p.key AS key, p.name AS name, coalesce(p.names, []) AS names,
       [(p)-[:STATED_IN]->(a:Article) | a {.id, .date, .title, .agency, .source_url}] AS sources
ORDER BY key
