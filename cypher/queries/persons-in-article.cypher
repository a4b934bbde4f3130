// Persons named in an article, in the order of the sentence that first names each, with that
// sentence as evidence.
// @param article: String -- the article id (its path relative to the folder that was loaded)
MATCH (p:Person)-[s:STATED_IN]->(a:Article {id: $article})
RETURN p.name AS person, s.name AS as_written, p.key AS person_key, s.fact AS fact, s.sentence AS evidence,
       s.start AS start, s.end AS end
ORDER BY start, person
