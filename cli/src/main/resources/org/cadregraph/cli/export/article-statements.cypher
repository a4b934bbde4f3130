// What one article states: each node with its STATED_IN link to the article (the evidence and
// the values as this article writes them), and the neighbours a fact line needs.
MATCH (a:Article {id: $article})<-[s:STATED_IN]-(n)
RETURN labels(n) AS labels, n.key AS key, properties(n) AS node, properties(s) AS stated,
       head([(p:Person)-[:HOLDS]->(n) | coalesce(head([(p)-[ps:STATED_IN]->(a) | ps.name]), p.name)]) AS holder,
       head([(n)-[:IN]->(x) | x.key]) AS inKey,
       head([(n)-[:IN]->(:Cell)-[:CELL_OF]->(o) | o.key]) AS cellUnitKey,
       head([(c:Cell)-[:CITED]->(n) | coalesce(head([(c)-[cs:STATED_IN]->(a) | cs.unit]), c.unit)]) AS citedUnit
ORDER BY coalesce(s.start, -1), s.fact, n.key
