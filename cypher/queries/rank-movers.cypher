// Rank movers: who rose or fell most in protocol rank between two periods. For each person and kind
// of list (accompanying, present, speakers, committee ...), the mean relative place (position ÷ list
// size: near 0 at the top, 1 last) over the reports of each period; lists of different kinds are not
// compared. `change` is the first period's mean minus the second's: positive rose, negative fell.
// Only persons listed in both periods in lists of the same kind; a report counts once per list kind.
// @param from1: Date -- first period's first date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD; e.g. "2011")
// @param to1: Date -- first period's last date, inclusive; a partial date covers its whole year or month (e.g. "2011")
// @param from2: Date -- second period's first date, inclusive (e.g. "2012")
// @param to2: Date -- second period's last date, inclusive (e.g. "2012")
// @param limit: Integer = 25 -- the most rows returned
// --param from1=2011 arrives as a number: dates are compared as text.
WITH toString($from1) AS from1, toString($to1) + '~' AS to1, toString($from2) AS from2, toString($to2) + '~' AS to2
MATCH (p:Person)-[:TOOK_PART|HOLDS]->(x)-[s:STATED_IN]->(a:Article)
WHERE (x:Participation OR x:Post) AND s.list_position IS NOT NULL AND s.list_size > 0
  AND a.date IS NOT NULL AND (from1 <= a.date < to1 OR from2 <= a.date < to2)
WITH p, a, s.list_kind AS kind, min(toFloat(s.list_position) / s.list_size) AS place,
     CASE WHEN from1 <= a.date < to1 THEN 1 ELSE 2 END AS period
WITH p, kind,
     [r IN collect({period: period, place: place}) WHERE r.period = 1 | r.place] AS first,
     [r IN collect({period: period, place: place}) WHERE r.period = 2 | r.place] AS second
WHERE size(first) > 0 AND size(second) > 0
WITH p, kind, size(first) AS reports1, reduce(t = 0.0, v IN first | t + v) / size(first) AS place1,
     size(second) AS reports2, reduce(t = 0.0, v IN second | t + v) / size(second) AS place2
RETURN p.name AS person, p.key AS person_key, kind AS list_kind, reports1, round(place1, 3) AS place1,
       reports2, round(place2, 3) AS place2, round(place1 - place2, 3) AS change
ORDER BY abs(change) DESC, person_key, list_kind
LIMIT toInteger($limit)
