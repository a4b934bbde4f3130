// Popolo events: each event with its attendees (whoever took part in any way) and its reports.
MATCH (e:Event)
RETURN e.key AS key, e.name AS name, e.kind AS kind, e.date AS date,
       [(p:Person)-[:TOOK_PART]->(:Participation)-[:AT]->(e) | p {.key, .name}] AS attendees,
       [(e)-[:STATED_IN]->(a:Article) | a {.id, .date, .title, .agency, .source_url}] AS sources
ORDER BY key
