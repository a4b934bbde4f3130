// Posts as of date D: posts first reported on or before D, with when each was last reported up to
// D and the status of that report; optionally of one person only.
// @param date: Date -- the date D (a partial date covers its whole year or month)
// @param name: Person = null -- only this person (any spelling the loader joins); null for everyone
MATCH (p:Person)-[:HOLDS]->(post:Post)
WHERE ($nameKey IS NULL OR p.name_key = $nameKey) AND post.first_seen <= $date + '~'
CALL (post) {
  MATCH (post)-[s:STATED_IN]->(a:Article)
  WHERE a.date <= $date + '~'
  WITH s, a ORDER BY a.date DESC, a.id DESC
  RETURN max(a.date) AS last_by_date, head(collect(s.status)) AS status_by_date, count(a) AS reports
}
OPTIONAL MATCH (post)-[:IN]->(o)
RETURN p.name AS person, post.role AS role, coalesce(o.full_name, o.name) AS organization,
       post.first_seen AS first_seen, last_by_date AS last_seen, status_by_date AS status, reports
ORDER BY person, first_seen, role
