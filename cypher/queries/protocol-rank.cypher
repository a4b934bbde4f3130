// Protocol rank of a person over time: for each report that lists the person (at an event or in
// a post) with a recorded list order, the position in that list, the list's size and kind, and the
// event. Reports without list order give no row (null when a link has no list_position).
// @param name: Person -- the person's name in any spelling the loader joins (e.g. "Choe Ryong Hae")
MATCH (p:Person {name_key: $nameKey})
CALL (p) {
  MATCH (p)-[:TOOK_PART]->(x:Participation)-[s:STATED_IN]->(a:Article)
  OPTIONAL MATCH (x)-[:AT]->(e:Event)
  RETURN a, s, e.name AS event, 0 AS preference
  UNION ALL
  MATCH (p)-[:HOLDS]->(:Post)-[s:STATED_IN]->(a:Article)
  RETURN a, s, null AS event, 1 AS preference
}
WITH p, a, event, preference, s.list_position AS position, s.list_size AS size, s.list_kind AS kind
WHERE position IS NOT NULL
// One row per report: the event's list before a list of post holders, then the highest place.
WITH p, a, event, preference, position, size, kind ORDER BY preference, position
WITH p, a, head(collect({event: event, position: position, size: size, kind: kind})) AS best
RETURN p.name AS person, p.key AS person_key, a.date AS date, a.id AS article, best.event AS event,
       best.position AS position, best.size AS list_size, best.kind AS list_kind
ORDER BY person_key, date, article
