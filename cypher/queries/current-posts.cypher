// Current posts of a person: the posts whose newest report does not call them former or dismissed,
// most recently reported first, with when each was first and last reported.
// @param name: Person -- the person's name in any spelling the loader joins ("Kim Jong-un", "KIM JONG UN")
MATCH (p:Person {name_key: $nameKey})-[:HOLDS]->(post:Post)
WHERE NOT coalesce(post.status, 'current') IN ['former', 'dismissed']
OPTIONAL MATCH (post)-[:IN]->(o)
RETURN p.name AS person, p.key AS person_key, post.role AS role, coalesce(o.full_name, o.name) AS organization,
       post.status AS status, post.first_seen AS first_seen, post.last_seen AS last_seen, post.articles AS articles
ORDER BY last_seen DESC, person_key, role, organization
