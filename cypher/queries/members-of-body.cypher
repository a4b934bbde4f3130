// Members of a body: who holds a post in an organization (and, with subunits = true, in the units
// that are part of it), most recently reported first.
// @param body: Organization -- the body as written, e.g. "Political Bureau of the WPK Central Committee"; abbreviations resolve
// @param subunits: Boolean = false -- also list posts in the units that are part of it
MATCH (o:Organization)
WHERE o.key = $bodyKey OR o.key STARTS WITH $bodyKey + ' of '
MATCH (u:Organization)-[:PART_OF*0..8]->(o)
WHERE $subunits OR u = o
MATCH (p:Person)-[:HOLDS]->(post:Post)-[:IN]->(u)
RETURN DISTINCT coalesce(o.canonical_name, o.full_name, o.name) AS body, p.name AS person, post.role AS role,
       coalesce(u.canonical_name, u.full_name, u.name) AS unit, post.status AS status, post.first_seen AS first_seen,
       post.last_seen AS last_seen
ORDER BY body, last_seen DESC, person
