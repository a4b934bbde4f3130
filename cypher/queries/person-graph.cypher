// A person's posts as a graph, for Neo4j Browser's graph view: every person one of whose
// spellings contains the text, each post they hold, the organization or cell of the post and the
// bodies above it. In Browser, set the parameter first:  :param name => 'Jo Yong Won'
// @param name: String -- the name or a part of it, any case, as the articles spell it (e.g. "Jo Yong Won")
MATCH (p:Person)
WHERE any(spelling IN coalesce(p.names, [p.name]) WHERE toLower(spelling) CONTAINS toLower($name))
MATCH held = (p)-[:HOLDS]->(:Post)-[:IN]->(unit)
OPTIONAL MATCH above = (unit)-[:CELL_OF|PART_OF*1..8]->(top:Organization)
WHERE NOT (top)-[:PART_OF]->()
RETURN held, above
