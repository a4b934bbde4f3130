// Membership of a body over time: who was listed in it when, one row per person, post and report
// (the article's date), with the person's position in the report's list where it is known.
// @param body: Organization -- the body as written, e.g. "Political Bureau of the WPK Central Committee"; abbreviations resolve
// @param subunits: Boolean = false -- also list posts in the units that are part of it
MATCH (o:Organization)
WHERE o.key = $bodyKey OR o.key STARTS WITH $bodyKey + ' of '
MATCH (u:Organization)-[:PART_OF*0..8]->(o)
WHERE $subunits OR u = o
MATCH (p:Person)-[:HOLDS]->(post:Post)-[:IN]->(u)
MATCH (post)-[s:STATED_IN]->(a:Article)
WHERE a.date IS NOT NULL
WITH o, u, p, post, a, min(s.list_position) AS rank, max(s.list_size) AS list_size, collect(DISTINCT s.status) AS statuses
RETURN coalesce(o.full_name, o.name) AS body, p.name AS person, p.key AS person_key, post.role AS role,
       coalesce(u.full_name, u.name) AS unit, a.date AS date, a.id AS article, head(statuses) AS status,
       rank, list_size
ORDER BY body, date, article, rank, person, role
