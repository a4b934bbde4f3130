// Entourage frequency: who appeared most often at events the leader led or guided in a period,
// counting events (one event reported by several articles counts once).
// @param leader: Person = "Kim Jong Un" -- the leader
// @param from: Date = "0000" -- first date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)
// @param to: Date = "9999" -- last date, inclusive; a partial date covers its whole year or month
// @param limit: Integer = 25 -- the most rows returned
MATCH (l:Person {name_key: $leaderKey})
MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to + '~'
  AND (EXISTS { (e)-[:LED_BY]->(l) } OR EXISTS { (l)-[:TOOK_PART]->(:Participation {as: 'guided'})-[:AT]->(e) })
MATCH (p:Person)-[:TOOK_PART]->(x:Participation)-[:AT]->(e)
WHERE p.name_key <> $leaderKey
RETURN p.name AS person, p.key AS person_key, count(DISTINCT e) AS events,
       min(e.date) AS first, max(e.date) AS last, collect(DISTINCT x.as) AS as
ORDER BY events DESC, person
LIMIT $limit
