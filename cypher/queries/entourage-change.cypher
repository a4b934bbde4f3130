// Entourage change: who appeared at events the leader led or guided in a period but not in the
// period of equal length just before it, and who vanished (seen before, not now), counting events.
// A period of whole years or months is compared with as many whole years or months before it.
// @param leader: Person = "Kim Jong Un" -- the leader
// @param from: Date -- first date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD; e.g. "2024")
// @param to: Date -- last date, inclusive; a partial date covers its whole year or month (e.g. "2024")
// --param from=2024 arrives as a number: dates are compared as text.
WITH toString($from) AS fromDate, toString($to) AS toDate
WITH fromDate, toDate, date(CASE size(fromDate) WHEN 4 THEN fromDate + '-01-01' WHEN 7 THEN fromDate + '-01' ELSE fromDate END) AS start,
     date(CASE size(toDate) WHEN 4 THEN toDate + '-12-31' WHEN 7 THEN toDate + '-01' ELSE toDate END) AS stated
WITH fromDate, toDate, start, CASE size(toDate) WHEN 7 THEN stated + duration('P1M') - duration('P1D') ELSE stated END AS finish
WITH fromDate, toDate, start,
     CASE WHEN size(fromDate) <= 7 AND size(toDate) <= 7
          THEN start - duration({months: duration.inMonths(start, finish + duration('P1D')).months})
          ELSE start - duration({days: duration.inDays(start, finish).days + 1}) END AS prevStart
// A bound at the start of a year or month is written as that year or month, so that events dated
// only by year or month fall in the period that covers them, as in entourage-frequency.
WITH fromDate, toDate, CASE WHEN prevStart.month = 1 AND prevStart.day = 1 THEN toString(prevStart.year)
          WHEN prevStart.day = 1 THEN substring(toString(prevStart), 0, 7)
          ELSE toString(prevStart) END AS prevFrom,
     toString(start - duration('P1D')) AS prevTo
MATCH (l:Person {name_key: $leaderKey})
MATCH (e:Event)
WHERE ((e.date >= fromDate AND e.date <= toDate + '~') OR (e.date >= prevFrom AND e.date <= prevTo + '~'))
  AND (EXISTS { (e)-[:LED_BY]->(l) } OR EXISTS { (l)-[:TOOK_PART]->(:Participation {as: 'guided'})-[:AT]->(e) })
WITH DISTINCT e, prevFrom, prevTo, e.date >= fromDate AND e.date <= toDate + '~' AS now
MATCH (p:Person)-[:TOOK_PART]->(:Participation)-[:AT]->(e)
WHERE p.name_key <> $leaderKey
WITH p, prevFrom, prevTo, count(DISTINCT CASE WHEN now THEN e END) AS events,
     count(DISTINCT CASE WHEN NOT now THEN e END) AS eventsBefore
WHERE events = 0 OR eventsBefore = 0
RETURN p.name AS person, p.key AS person_key, CASE WHEN eventsBefore = 0 THEN 'appeared' ELSE 'vanished' END AS change,
       events, eventsBefore AS events_before, prevFrom AS before_from, prevTo AS before_to
ORDER BY change, events DESC, events_before DESC, person
