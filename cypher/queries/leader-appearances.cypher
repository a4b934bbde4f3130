// Leader's public appearances per month: the events the leader led or guided in a period, each
// counted once however many articles report it, by the month of the event's date (events dated
// only by year are left out: they have no month).
// @param leader: Person = "Kim Jong Un" -- the leader
// @param from: Date = "0000" -- first date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)
// @param to: Date = "9999" -- last date, inclusive; a partial date covers its whole year or month
// --param from=2024 arrives as a number: dates are compared as text.
WITH toString($from) AS fromDate, toString($to) AS toDate
MATCH (l:Person {name_key: $leaderKey})
MATCH (e:Event)
WHERE e.date >= fromDate AND e.date <= toDate + '~' AND size(e.date) >= 7
  AND (EXISTS { (e)-[:LED_BY]->(l) } OR EXISTS { (l)-[:TOOK_PART]->(:Participation {as: 'guided'})-[:AT]->(e) })
WITH DISTINCT e
RETURN substring(e.date, 0, 7) AS month, count(e) AS appearances, collect(DISTINCT e.kind) AS kinds
ORDER BY month
