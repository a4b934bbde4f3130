// Honoured cells: Party cells cited with an honour, with their work unit, the honour, the event
// where it was conferred and the cell's secretaries as reported over time.
// @param since: Date = "0000" -- only honours last reported on or after this date
MATCH (c:Cell)-[:CITED]->(x:Citation)
WHERE x.honour IS NOT NULL AND coalesce(x.last_seen, '~') >= $since
OPTIONAL MATCH (c)-[:CELL_OF]->(u:Organization)
OPTIONAL MATCH (x)-[:AT]->(e:Event)
CALL (c) {
  OPTIONAL MATCH (p:Person)-[:HOLDS]->(post:Post)-[:IN]->(c)
  WITH p, post ORDER BY post.first_seen, p.name
  RETURN collect(p.name + coalesce(' (' + post.first_seen + ' .. ' + post.last_seen + ')', '')) AS secretaries
}
RETURN c.name AS cell, coalesce(u.full_name, u.name) AS unit, x.honour AS honour, e.name AS event,
       x.first_seen AS first_seen, x.last_seen AS last_seen, secretaries
ORDER BY first_seen DESC, cell
