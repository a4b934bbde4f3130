// Popolo memberships: each post a person holds, in its organization or cell, with the articles
// that report it (and the status each reports).
MATCH (p:Person)-[:HOLDS]->(post:Post)
RETURN post.key AS key, p.key AS person, post.role AS role, post.organization AS organization,
       head([(post)-[:IN]->(o) | o.key]) AS organizationKey,
       [(post)-[s:STATED_IN]->(a:Article) | a {.id, .date, .title, .agency, .source_url, status: s.status}] AS sources
ORDER BY key
