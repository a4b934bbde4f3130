// Co-appearance of two cadres: the events both took part in (events, not articles), with how each
// took part and who led the event.
// @param a: Person -- the first person
// @param b: Person -- the second person
MATCH (pa:Person {name_key: $aKey})-[:TOOK_PART]->(xa:Participation)-[:AT]->(e:Event)
      <-[:AT]-(xb:Participation)<-[:TOOK_PART]-(pb:Person {name_key: $bKey})
WHERE pa <> pb
RETURN e.name AS event, e.date AS date, e.leader AS led_by, pa.name AS a, collect(DISTINCT xa.as) AS a_as,
       pb.name AS b, collect(DISTINCT xb.as) AS b_as
ORDER BY date, event
