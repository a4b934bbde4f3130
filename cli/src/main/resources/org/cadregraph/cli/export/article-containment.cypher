// The PART_OF links between organizations that one article states both ends of, with the names
// as the article writes them: an article's organization paths are rebuilt from these.
MATCH (a:Article {id: $article})<-[cs:STATED_IN]-(c:Organization)-[:PART_OF]->(p:Organization)-[ps:STATED_IN]->(a)
RETURN c.key AS child, coalesce(cs.name, c.name) AS childName, p.key AS parent, coalesce(ps.name, p.name) AS parentName
ORDER BY child, parent
