// Appointments and dismissals at an event: who was appointed, elected or dismissed at it, with the
// posts that the articles reporting it state as newly given or taken away.
// @param event: String -- part of the event's name, any case (e.g. "plenary meeting")
// @param date: Date = null -- only events on this date or in this month/year; null for any date
MATCH (e:Event)
WHERE toLower(e.name) CONTAINS toLower($event) AND ($date IS NULL OR e.date STARTS WITH $date)
MATCH (p:Person)-[:TOOK_PART]->(x:Participation)-[:AT]->(e)
WHERE x.as IN ['appointed', 'dismissed']
CALL (p, e) {
  OPTIONAL MATCH (p)-[:HOLDS]->(post:Post)-[s:STATED_IN]->(:Article)<-[:STATED_IN]-(e)
  WHERE s.status IN ['appointed', 'dismissed']
  OPTIONAL MATCH (post)-[:IN]->(o)
  RETURN collect(DISTINCT coalesce(post.role, 'member') + coalesce(' of ' + coalesce(o.full_name, o.name), '')) AS posts
}
RETURN e.name AS event, e.date AS date, x.as AS as, p.name AS person, posts
ORDER BY date, event, as, person
