// Career timeline of a person: every post and every event appearance, in the order first reported.
// @param name: Person -- the person's name in any spelling the loader joins
MATCH (p:Person {name_key: $nameKey})
CALL (p) {
  MATCH (p)-[:HOLDS]->(post:Post)
  OPTIONAL MATCH (post)-[:IN]->(o)
  RETURN post.first_seen AS date, 'post' AS what,
         coalesce(post.role, 'member') + coalesce(' of ' + coalesce(o.full_name, o.name), '') AS detail,
         post.status AS how, post.last_seen AS last_seen
  UNION
  MATCH (p)-[:TOOK_PART]->(x:Participation)-[:AT]->(e:Event)
  RETURN coalesce(e.date, x.first_seen) AS date, 'event' AS what, e.name AS detail, x.as AS how, x.last_seen AS last_seen
}
RETURN p.name AS person, p.key AS person_key, date, what, detail, how, last_seen
ORDER BY person_key, date, what, detail
