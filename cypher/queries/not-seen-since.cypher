// Not seen since D: persons last reported before the date, newest first, with the post they
// were last reported in.
// @param since: Date -- the date D (YYYY, YYYY-MM or YYYY-MM-DD)
// @param minArticles: Integer = 2 -- only persons reported in at least this many articles (leaves out one-off names)
MATCH (p:Person)
WHERE p.last_seen < $since AND p.articles >= $minArticles
CALL (p) {
  OPTIONAL MATCH (p)-[:HOLDS]->(post:Post)
  OPTIONAL MATCH (post)-[:IN]->(o)
  WITH post, o ORDER BY post.last_seen DESC, post.key
  RETURN head(collect(coalesce(post.role, 'member') + coalesce(' of ' + coalesce(o.full_name, o.name), ''))) AS last_post
}
RETURN p.name AS person, p.key AS person_key, p.first_seen AS first_seen, p.last_seen AS last_seen,
       p.articles AS articles, last_post
ORDER BY last_seen DESC, person
