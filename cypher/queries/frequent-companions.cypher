// Frequent companions of a person: the persons most often at the same events, counting events
// (one event reported by several articles counts once), with the first and last shared date.
// @param name: Person -- the person's name in any spelling the loader joins (e.g. "Choe Ryong Hae")
// @param limit: Integer = 20 -- the most rows returned
MATCH (p:Person {name_key: $nameKey})-[:TOOK_PART]->(:Participation)-[:AT]->(e:Event)
      <-[:AT]-(:Participation)<-[:TOOK_PART]-(q:Person)
WHERE q.name_key <> $nameKey
RETURN q.name AS person, q.key AS person_key, count(DISTINCT e) AS events, min(e.date) AS first,
       max(e.date) AS last
ORDER BY events DESC, person
LIMIT $limit
